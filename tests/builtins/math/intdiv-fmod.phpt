--TEST--
intdiv, fmod, % with negatives, fdiv
--FILE--
<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), fmod(7.5, 2), fmod(-7.5, 2), fmod(10, 3), -7 % 2, fdiv(10, 4));
try { intdiv(PHP_INT_MIN, -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
int(3)
int(-3)
float(1.5)
float(-1.5)
float(1)
int(-1)
float(2.5)
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
