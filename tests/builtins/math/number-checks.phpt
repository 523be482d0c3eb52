--TEST--
is_nan, is_finite, is_infinite, fpow-like helpers
--FILE--
<?php
var_dump(is_nan(sqrt(-1)), is_finite(1e308 * 10), is_infinite(-1e308 * 10), PHP_FLOAT_MAX, PHP_FLOAT_MIN, PHP_FLOAT_DIG, intdiv(PHP_INT_MAX, 2));
--EXPECT--
bool(true)
bool(false)
bool(true)
float(1.7976931348623157E+308)
float(2.2250738585072014E-308)
int(15)
int(4611686018427387903)
