--TEST--
dynamic properties allocate a property table on demand
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$o = new stdClass;
echo "stdClass: ", mem() - $b, "\n";
$last = mem() - $b;
for ($i = 0; $i < 40; $i++) {
    $o->{"p$i"} = $i;
    $d = mem() - $b;
    if ($d !== $last) { echo "props ", $i + 1, ": $d\n"; $last = $d; }
}
#[AllowDynamicProperties]
class Dyn { public $declared = 1; }
$b = mem();
$x = new Dyn;
$x->extra = 2;
echo "declared + one dynamic: ", mem() - $b, "\n";
--EXPECT--
start
stdClass: 40
props 1: 448
props 2: 480
props 3: 512
props 4: 544
props 5: 576
props 6: 608
props 7: 640
props 8: 672
props 9: 1024
props 10: 1056
props 11: 1088
props 12: 1120
props 13: 1152
props 14: 1184
props 15: 1216
props 16: 1248
props 17: 1920
props 18: 1952
props 19: 1984
props 20: 2016
props 21: 2048
props 22: 2080
props 23: 2112
props 24: 2144
props 25: 2176
props 26: 2208
props 27: 2240
props 28: 2272
props 29: 2304
props 30: 2336
props 31: 2368
props 32: 2400
props 33: 3712
props 34: 3744
props 35: 3776
props 36: 3808
props 37: 3840
props 38: 3872
props 39: 3904
props 40: 3936
declared + one dynamic: 432
