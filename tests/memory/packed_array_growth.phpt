--TEST--
a packed array grows by doubling from 8 slots
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$a = [];
$last = -1;
for ($i = 0; $i < 5000; $i++) {
    $a[] = $i;
    $d = mem() - $b;
    if ($d !== $last) { echo "count ", $i + 1, ": $d\n"; $last = $d; }
}
--EXPECT--
start
count 1: 216
count 9: 376
count 17: 696
count 33: 1336
count 65: 2616
count 129: 8248
count 257: 12344
count 513: 20536
count 1025: 36920
count 2049: 69688
count 4097: 135224
