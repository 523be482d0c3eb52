--TEST--
number_format prints at most 318 real decimals, then zeros
--FILE--
<?php
var_dump(substr(number_format(1.234567891234e-310, 330), 300), strlen(number_format(1.5, 1000)), strlen(number_format(1e300, 400)), substr(number_format(1/3, 60), -10));
--EXPECT--
string(32) "00000000000123456789000000000000"
int(1002)
int(802)
string(10) "8125000000"
