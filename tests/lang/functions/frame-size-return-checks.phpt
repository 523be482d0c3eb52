--TEST--
Frames of functions with declared return types are PHP's size (a returned temporary or variable is checked in place)
--FILE--
<?php
function probe(callable $f) {
    $b = memory_get_usage(); $lo = 1; $hi = 5000;
    while ($lo < $hi) { $mid = intdiv($lo + $hi, 2); if ($f($mid, 1) - $b > 100) $hi = $mid; else $lo = $mid + 1; }
    return $lo;
}
function u1($n, $m) { return $n <= 0 ? memory_get_usage() : u1($n - 1, $m); }
function t1($n, $m): int { return $n <= 0 ? memory_get_usage() : t1($n - 1, $m); }
function t2($n, $m): int { if ($n <= 0) return memory_get_usage(); return t2($n - 1, $m); }
function t3($n, $m): int { if ($n <= 0) return memory_get_usage(); $x = t3($n - 1, $m); return $x; }
function t4($n, $m): int { if ($n <= 0) return 5; return t4($n - 1, $m) + 0 * memory_get_usage(); }
function t5($n, $m) { if ($n <= 0) return 5; return t5($n - 1, $m) + 0 * memory_get_usage(); }
function t6($n, $m): int { return $n <= 0 ? memory_get_usage() : ($n > 1 ? t6($n - 1, $m) : t6($n - 1, $m)); }
function t7($n, $m) { return $n <= 0 ? memory_get_usage() : ($n > 1 ? t7($n - 1, $m) : t7($n - 1, $m)); }
foreach (['u1', 't1', 't3', 't4', 't5', 't6', 't7'] as $f) echo $f, " ", probe($f), "\n";
--EXPECT--
u1 1362
t1 1362
t3 1257
t4 5000
t5 5000
t6 1021
t7 1021
