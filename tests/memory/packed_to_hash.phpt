--TEST--
adding a string key converts a packed array to a hash
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$a = range(1, 10);
$b = mem();
$a['x'] = 1;
echo "packed 10 -> hash: ", mem() - $b, "\n";
$c = range(1, 100);
$b = mem();
$c[1000] = 1;
echo "packed 100 with far key: ", mem() - $b, "\n";
$e = range(1, 5);
$b = mem();
unset($e[0]);
echo "unset first of packed: ", mem() - $b, "\n";
--EXPECT--
start
packed 10 -> hash: 320
packed 100 with far key: 5632
unset first of packed: 0
