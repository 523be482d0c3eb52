--TEST--
abs on ints, floats, strings and PHP_INT_MIN
--FILE--
<?php
var_dump(abs(-5), abs(5), abs(-5.5), abs(-0.0), abs("-3"), abs("-3.5"), abs(PHP_INT_MIN), abs(true));
try { abs("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { abs([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(5)
int(5)
float(5.5)
float(0)
int(3)
float(3.5)
float(9.223372036854776E+18)
int(1)
abs(): Argument #1 ($num) must be of type int|float, string given
abs(): Argument #1 ($num) must be of type int|float, array given
