--TEST--
Scalar loop: % by int literals (including -1, 1 and PHP_INT_MAX) over ints at both ends, floats, strings, null and bools; % 0 and PHP_INT_MIN % -1
--FILE--
<?php
foreach ([7, -7, 0, PHP_INT_MIN, PHP_INT_MAX, 7.9, -7.5, "9", null, true] as $v) {
    $x = $v;
    echo @($x % 3), " ", @($x % -3), " ", @($x % 1), " ", @($x % PHP_INT_MAX), "\n";
}
$s = 0; for ($i = -20; $i < 20; $i++) { $s += $i % 7; $t = $i % -4; } var_dump($s, $t);
try { $z = 5; $z = $z % 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
$m = PHP_INT_MIN; var_dump($m % -1, $m % 2);
$f = 7.5; var_dump($f % 2);
--EXPECTF--
1 1 0 7
-1 -1 0 -7
0 0 0 0
-2 -2 0 -1
1 1 0 0
1 1 0 7
-1 -1 0 -7
0 0 0 9
0 0 0 0
1 1 0 1
int(-6)
int(3)
Modulo by zero
int(0)
int(0)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 9
int(1)
