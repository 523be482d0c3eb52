--TEST--
pow with leading-numeric strings and a zero base with negative exponent
--FILE--
<?php
var_dump(pow("12abc", 2), pow(0, -1), pow(0.0, -2), pow(2, "3 apples"));
--EXPECTF--

Warning: A non-numeric value encountered in %s on line 2

Deprecated: Power of base 0 and negative exponent is deprecated in %s on line 2

Deprecated: Power of base 0 and negative exponent is deprecated in %s on line 2

Warning: A non-numeric value encountered in %s on line 2
int(144)
float(INF)
float(INF)
int(8)
