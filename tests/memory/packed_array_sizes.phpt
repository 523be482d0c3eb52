--TEST--
packed arrays of many sizes built by range()
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
foreach ([1, 2, 7, 8, 9, 16, 17, 100, 1000, 1024, 1025, 10000, 65536, 100000, 200000] as $n) {
    $b = mem();
    $a = range(1, $n);
    echo "range($n): ", mem() - $b, "\n";
    unset($a);
}
--EXPECT--
start
range(1): 216
range(2): 216
range(7): 216
range(8): 216
range(9): 376
range(16): 376
range(17): 696
range(100): 2616
range(1000): 20536
range(1024): 20536
range(1025): 36920
range(10000): 266296
range(65536): 1052728
range(100000): 2101328
range(200000): 4198480
