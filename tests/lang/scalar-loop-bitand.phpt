--TEST--
Scalar loop: & with an int literal on either side over ints at both ends, floats (with and without a fraction), strings, null and bools
--FILE--
<?php
foreach ([7, -7, 0, PHP_INT_MIN, PHP_INT_MAX, 7.0, 6.5, "13", "x", null, true, false] as $v) {
    $x = $v;
    try { echo $x & 5, " ", 5 & $x, " ", $x & -1, " ", $x & 0, "\n"; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$s = 0; for ($i = 0; $i < 100; $i++) { $s += $i & 7; $k = 255 & $i; } var_dump($s, $k);
--EXPECTF--
5 5 7 0
1 1 -7 0
0 0 0 0
0 0 -9223372036854775808 0
5 5 9223372036854775807 0
5 5 7 0

Deprecated: Implicit conversion from float 6.5 to int loses precision in %s on line 4
4 
Deprecated: Implicit conversion from float 6.5 to int loses precision in %s on line 4
4 
Deprecated: Implicit conversion from float 6.5 to int loses precision in %s on line 4
6 
Deprecated: Implicit conversion from float 6.5 to int loses precision in %s on line 4
0
5 5 13 0
TypeError: Unsupported operand types: string & int
0 0 0 0
1 1 1 0
0 0 0 0
int(342)
int(99)
