--TEST--
compact, extract and list()
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$x = 1; $y = 'two'; $z = [3];
$b = mem();
$c = compact('x', 'y', 'z');
echo "compact: ", mem() - $b, "\n";
$b = mem();
[$p, $q, $r] = [10, 20, str_repeat('w', 40)];
echo "list with a new string: ", mem() - $b, "\n";
--EXPECT--
start
compact: 376
list with a new string: 80
