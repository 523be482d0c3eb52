--TEST--
round with PHP_ROUND_* modes and invalid modes
--FILE--
<?php
foreach ([1.5, 2.5, -1.5, -2.5, 1.55, 1.45, -0.5] as $v) {
    echo $v, ": ", round($v, 0, PHP_ROUND_HALF_UP), " ", round($v, 0, PHP_ROUND_HALF_DOWN), " ", round($v, 0, PHP_ROUND_HALF_EVEN), " ", round($v, 0, PHP_ROUND_HALF_ODD), " | ", round($v, 1, PHP_ROUND_HALF_EVEN), " ", round($v, 1, PHP_ROUND_HALF_ODD), "\n";
}
foreach ([0, 9, -1] as $m) {
    try { round(1.5, 0, $m); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
try { round(1.5, 0, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1.5: 2 1 2 1 | 1.5 1.5
2.5: 3 2 2 3 | 2.5 2.5
-1.5: -2 -1 -2 -1 | -1.5 -1.5
-2.5: -3 -2 -2 -3 | -2.5 -2.5
1.55: 2 2 2 2 | 1.6 1.5
1.45: 1 1 1 1 | 1.4 1.5
-0.5: -1 -0 -0 -1 | -0.5 -0.5
round(): Argument #3 ($mode) must be a valid rounding mode (RoundingMode::*)
round(): Argument #3 ($mode) must be a valid rounding mode (RoundingMode::*)
round(): Argument #3 ($mode) must be a valid rounding mode (RoundingMode::*)
round(): Argument #3 ($mode) must be of type RoundingMode|int, string given
