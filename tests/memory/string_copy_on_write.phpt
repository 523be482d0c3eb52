--TEST--
assigning a string shares it; writing separates
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$s = str_repeat('q', 100);
$b = mem();
$t = $s;
echo "shared: ", mem() - $b, "\n";
$t[0] = 'r';
echo "separated: ", mem() - $b, "\n";
unset($t);
echo "unset copy: ", mem() - $b, "\n";
--EXPECT--
start
shared: 0
separated: 128
unset copy: 0
