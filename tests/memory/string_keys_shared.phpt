--TEST--
array keys reuse the strings they are given
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$keys = [];
for ($i = 0; $i < 50; $i++) { $keys[] = "key-number-$i"; }
$b = mem();
$m = [];
foreach ($keys as $k) { $m[$k] = true; }
echo "50 keys from existing strings: ", mem() - $b, "\n";
$b = mem();
$n = [];
foreach ($keys as $k) { $n[$k . '!'] = true; }
echo "50 fresh keys: ", mem() - $b, "\n";
--EXPECT--
start
50 keys from existing strings: 2616
50 fresh keys: 4616
