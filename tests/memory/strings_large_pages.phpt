--TEST--
strings past 3072 bytes take whole 4 KiB pages
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
foreach ([3048, 3072, 4000, 4071, 4072, 5000, 8168, 8169, 12264, 12265, 65536, 100000, 1000000, 2093000] as $len) {
    $b = mem();
    $s = str_repeat('c', $len);
    echo "len $len: ", mem() - $b, "\n";
    unset($s);
}
--EXPECT--
start
len 3048: 4096
len 3072: 4096
len 4000: 4096
len 4071: 8192
len 4072: 8192
len 5000: 8192
len 8168: 12288
len 8169: 12288
len 12264: 16384
len 12265: 16384
len 65536: 69632
len 100000: 102400
len 1000000: 1003520
len 2093000: 2093056
