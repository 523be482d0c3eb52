--TEST--
number_format with negative decimals, ints, NAN and INF
--FILE--
<?php
var_dump(number_format(1234.5678, -2), number_format(5, -1), number_format(-5, -1), number_format(PHP_INT_MAX, -2), number_format(PHP_INT_MIN), number_format(PHP_INT_MIN, -1), number_format(PHP_INT_MAX, 2), number_format(45135134758956328.0, -1), number_format(6198121936152745984.0, -1), number_format(1e22, -5), number_format(12345, -10));
var_dump(number_format(NAN), number_format(INF, 2), number_format(-INF), number_format(0.1, 30), number_format(1e80, 2));
try { number_format("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(number_format(1234.5, 1, null, null));
--EXPECT--
string(5) "1,200"
string(2) "10"
string(3) "-10"
string(25) "9,223,372,036,854,775,800"
string(26) "-9,223,372,036,854,775,808"
string(26) "-9,223,372,036,854,775,810"
string(28) "9,223,372,036,854,775,807.00"
string(22) "45,135,134,758,956,330"
string(25) "6,198,121,936,152,745,980"
string(30) "10,000,000,000,000,000,000,000"
string(1) "0"
string(3) "nan"
string(3) "inf"
string(3) "inf"
string(32) "0.100000000000000005551115123126"
string(110) "100,000,000,000,000,000,026,609,864,708,367,276,537,402,401,181,200,809,098,131,977,453,489,758,916,313,088.00"
number_format(): Argument #1 ($num) must be of type int|float, string given
string(7) "1,234.5"
