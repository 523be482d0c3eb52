--TEST--
unary plus and minus on various types
--FILE--
<?php
var_dump(-"5", +"5.5", -true, +null, -(-3), - PHP_INT_MIN);
--EXPECT--
int(-5)
float(5.5)
int(-1)
int(0)
int(3)
float(9.223372036854776E+18)
