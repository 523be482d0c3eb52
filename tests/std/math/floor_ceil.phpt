--TEST--
floor and ceil always return floats
--FILE--
<?php
var_dump(floor(5), floor(-5.5), floor(5.999), floor("4.2"), floor(-0.5), ceil(5), ceil(-5.5), ceil(4.0001), ceil("-0.5"), ceil(PHP_INT_MAX), floor(INF), ceil(NAN));
try { floor("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
float(5)
float(-6)
float(5)
float(4)
float(-1)
float(5)
float(-5)
float(5)
float(-0)
float(9.223372036854776E+18)
float(INF)
float(NAN)
floor(): Argument #1 ($num) must be of type int|float, string given
