--TEST--
intdiv and its DivisionByZeroError and ArithmeticError
--FILE--
<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(7, -2), intdiv(PHP_INT_MIN, 1), intdiv("10", "3"));
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(PHP_INT_MIN, -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(1.5, 1); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
int(3)
int(-3)
int(-3)
int(-9223372036854775808)
int(3)
DivisionByZeroError: Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5
