--TEST--
Frames of functions with && / || / ! in conditions and values are PHP's size (a result reuses its left operand's temporary)
--FILE--
<?php
// The frame of a function with && / || / ! in a condition or a value is PHP's size: the depth
// at which recursion takes a second VM stack page.
function probe(callable $f) {
    $b = memory_get_usage(); $lo = 1; $hi = 5000;
    while ($lo < $hi) { $mid = intdiv($lo + $hi, 2); if ($f($mid, 1) - $b > 100) $hi = $mid; else $lo = $mid + 1; }
    return $lo;
}
function c1($n, $m) { if ($n > 0 && $m > 0) { } $v = ($n > 0 && $m > 0); return $n <= 0 ? memory_get_usage() : c1($n - 1, $m); }
function c2($n, $m) { if ($n && $m) { } $v = ($n && $m); return $n <= 0 ? memory_get_usage() : c2($n - 1, $m); }
function c3($n, $m) { if (!$n && $m) { } $v = (!$n && $m); return $n <= 0 ? memory_get_usage() : c3($n - 1, $m); }
function c4($n, $m) { if (($n && $m) && $m) { } $v = (($n && $m) && $m); return $n <= 0 ? memory_get_usage() : c4($n - 1, $m); }
function c5($n, $m) { if (isset($n) || $m) { } $v = (isset($n) || $m); return $n <= 0 ? memory_get_usage() : c5($n - 1, $m); }
function c6($n, $m) { if ((int)$n && $m) { } $v = ((int)$n and $m); return $n <= 0 ? memory_get_usage() : c6($n - 1, $m); }
function c7($n, $m) { if ($n > 0 && $m > 0 || !$n) { } return $n <= 0 ? memory_get_usage() : c7($n - 1, $m); }
function c8($n, $m): int { return $n <= 0 ? memory_get_usage() : ($n > 1 ? c8($n - 1, $m) : c8($n - 1, $m)); }
function c9($n, $m) { return $n <= 0 ? memory_get_usage() : ($m ? c9($n - 1, $m) : 0); }
foreach (['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'] as $f) echo $f, " ", probe($f), "\n";
--EXPECT--
c1 908
c2 1021
c3 1021
c4 1021
c5 1021
c6 1021
c7 1089
c8 1021
c9 1257
