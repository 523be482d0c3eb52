--TEST--
number_format with decimals and separators
--FILE--
<?php
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234567.891, 2, ',', '.'), number_format(1234.5678, 2, '', ''), number_format(-1234.567, 2, 'dec', 'thou'), number_format(0.5), number_format(1.5), number_format(2.5), number_format(-0.4), number_format(-0.5), number_format(1.005, 2), number_format(0.129, 2), number_format(-0.005, 2), number_format("1234.5"), number_format(1000), number_format(999.999, 2), number_format(1e15, 2), number_format(123456789012345678, 3));
--EXPECT--
string(9) "1,234,568"
string(12) "1,234,567.89"
string(12) "1.234.567,89"
string(6) "123457"
string(14) "-1thou234dec57"
string(1) "1"
string(1) "2"
string(1) "3"
string(1) "0"
string(2) "-1"
string(4) "1.01"
string(4) "0.13"
string(5) "-0.01"
string(5) "1,235"
string(5) "1,000"
string(8) "1,000.00"
string(24) "1,000,000,000,000,000.00"
string(27) "123,456,789,012,345,678.000"
