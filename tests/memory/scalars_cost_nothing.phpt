--TEST--
ints, floats, bools and null live in the zval: no heap
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$i = 42; $f = 1.5; $t = true; $n = null; $big = PHP_INT_MAX; $neg = -7;
echo "scalars: ", mem() - $b, "\n";
$i = $i * 1000; $f = $f / 3; $t = !$t;
echo "scalar arithmetic: ", mem() - $b, "\n";
--EXPECT--
start
scalars: 0
scalar arithmetic: 0
