--TEST--
Scalar calls take the VM stack as frames do: memory_get_usage() at every depth, across page boundaries
--FILE--
<?php
function deep($n) { return $n == 0 ? memory_get_usage() : deep($n - 1); }
function deep2($n, $m) { return $n == 0 ? memory_get_usage() - $m : deep2($n - 1, $m); }
$before = memory_get_usage();
foreach ([1, 10, 1000, 1630, 1640, 3000, 20000] as $d) {
    echo $d, " ", deep($d) - $before, " ", deep2($d, $before), "\n";
}
echo memory_get_usage() - $before, "\n";
--EXPECT--
1 32 32
10 32 32
1000 32 32
1630 262176 262176
1640 262176 262176
3000 524320 524320
20000 3407904 3932192
32
