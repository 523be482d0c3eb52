--TEST--
sorting an array in place
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$a = [];
for ($i = 0; $i < 1000; $i++) { $a[] = ($i * 7919) % 1000; }
$b = mem();
sort($a);
echo "sort: ", mem() - $b, "\n";
$h = [];
for ($i = 0; $i < 100; $i++) { $h["k$i"] = 100 - $i; }
$b = mem();
asort($h);
echo "asort: ", mem() - $b, "\n";
$b = mem();
ksort($h);
echo "ksort: ", mem() - $b, "\n";
--EXPECT--
start
sort: 32
asort: 32
ksort: 0
