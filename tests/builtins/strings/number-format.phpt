--TEST--
number_format with decimals and separators, rounding
--FILE--
<?php
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234567.891, 2, ',', '.'), number_format(0.5), number_format(1.5), number_format(2.5), number_format(-1234.567, 1), number_format(1234.5, 2, '', ''), number_format(-0.4), number_format(1000, 0, '.', ' '), number_format(123.456, -1));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(1) "1"
string(1) "2"
string(1) "3"
string(8) "-1,234.6"
string(6) "123450"
string(1) "0"
string(5) "1 000"
string(3) "120"
