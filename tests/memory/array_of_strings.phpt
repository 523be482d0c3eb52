--TEST--
an array holding freshly made strings
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$a = [];
for ($i = 0; $i < 100; $i++) { $a[] = str_repeat('s', 30); }
echo "100 strings of 30: ", mem() - $b, "\n";
$b = mem();
$m = [];
for ($i = 0; $i < 100; $i++) { $m["key_$i"] = $i; }
echo "100 string keys: ", mem() - $b, "\n";
--EXPECT--
start
100 strings of 30: 9016
100 string keys: 11448
