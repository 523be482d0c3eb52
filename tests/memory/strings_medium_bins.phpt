--TEST--
strings in the bins from 160 to 3072 bytes
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
foreach ([128, 135, 136, 160, 200, 231, 232, 300, 360, 400, 448, 487, 488, 600, 640, 743, 744, 999, 1000, 1023, 1024, 1255, 1256, 1767, 1768, 2000, 2047, 2048, 2535, 2536, 3047] as $len) {
    $b = mem();
    $s = str_repeat('b', $len);
    echo "len $len: ", mem() - $b, "\n";
    unset($s);
}
--EXPECT--
start
len 128: 160
len 135: 192
len 136: 192
len 160: 192
len 200: 256
len 231: 320
len 232: 320
len 300: 384
len 360: 448
len 400: 448
len 448: 512
len 487: 640
len 488: 640
len 600: 640
len 640: 768
len 743: 896
len 744: 896
len 999: 1280
len 1000: 1280
len 1023: 1280
len 1024: 1280
len 1255: 1536
len 1256: 1536
len 1767: 2048
len 1768: 2048
len 2000: 2048
len 2047: 2560
len 2048: 2560
len 2535: 3072
len 2536: 3072
len 3047: 4096
