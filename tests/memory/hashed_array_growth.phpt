--TEST--
a hashed array grows: buckets plus hash slots, doubling from 8
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$keys = [];
for ($i = 0; $i < 3000; $i++) { $keys[] = "k$i"; }   // made first: only the table is measured
$b = mem();
$a = [];
$last = -1;
for ($i = 0; $i < 3000; $i++) {
    $a[$keys[$i]] = $i;
    $d = mem() - $b;
    if ($d !== $last) { echo "count ", $i + 1, ": $d\n"; $last = $d; }
}
--EXPECT--
start
count 1: 376
count 9: 696
count 17: 1336
count 33: 2616
count 65: 8248
count 129: 12344
count 257: 20536
count 513: 41016
count 1025: 81976
count 2049: 163896
