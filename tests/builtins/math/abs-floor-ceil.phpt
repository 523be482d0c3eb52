--TEST--
abs, floor, ceil return types
--FILE--
<?php
var_dump(abs(-5), abs(-5.5), abs(PHP_INT_MIN), floor(5.7), floor(-5.2), ceil(4.1), ceil(-4.9), floor(5), ceil("3.2"));
--EXPECT--
int(5)
float(5.5)
float(9.223372036854776E+18)
float(5)
float(-6)
float(5)
float(-4)
float(5)
float(4)
