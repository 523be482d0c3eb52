--TEST--
round beyond 22 decimal places goes through decimal text
--FILE--
<?php
var_dump(round(1.23456789, 25), round(1e-30, 31), round(1.5e-25, 25), round(123.456, 30), round(1e300, -300), round(5e-24, 23), round(-5.5e-24, 24), round(1.0, PHP_INT_MAX), round(1.0, PHP_INT_MIN), round(12345, -25));
--EXPECT--
float(1.23456789)
float(1.0E-30)
float(2.0E-25)
float(123.456)
float(1.0E+300)
float(1.0E-23)
float(-6.0E-24)
float(1)
float(0)
float(0)
