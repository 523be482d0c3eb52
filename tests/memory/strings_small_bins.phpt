--TEST--
str_repeat strings in the small bins up to 128 bytes
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
foreach ([2, 7, 8, 15, 16, 23, 24, 31, 32, 39, 40, 47, 48, 55, 56, 63, 64, 71, 72, 79, 80, 87, 88, 103, 104] as $len) {
    $b = mem();
    $s = str_repeat('a', $len);
    echo "len $len: ", mem() - $b, "\n";
    unset($s);
}
--EXPECT--
start
len 2: 40
len 7: 40
len 8: 40
len 15: 48
len 16: 48
len 23: 56
len 24: 56
len 31: 64
len 32: 64
len 39: 80
len 40: 80
len 47: 80
len 48: 80
len 55: 96
len 56: 96
len 63: 96
len 64: 96
len 71: 112
len 72: 112
len 79: 112
len 80: 112
len 87: 128
len 88: 128
len 103: 160
len 104: 160
