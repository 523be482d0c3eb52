--TEST--
sparse integer keys make a hashed array
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$a = [];
$last = -1;
for ($i = 0; $i < 2000; $i++) {
    $a[$i * 7 + 3] = $i;
    $d = mem() - $b;
    if ($d !== $last) { echo "count ", $i + 1, ": $d\n"; $last = $d; }
}
--EXPECT--
start
count 1: 216
count 2: 376
count 9: 696
count 17: 1336
count 33: 2616
count 65: 8248
count 129: 12344
count 257: 20536
count 513: 41016
count 1025: 81976
