--TEST--
sprintf with every conversion specifier
--FILE--
<?php
var_dump(sprintf("%s|%d|%u|%f|%F|%e|%E|%g|%G|%x|%X|%o|%b|%c|%%", "str", -42, -1, 3.14159, 2.5, 1234.5678, 0.000123, 0.00001234, 1e20, 255, 255, 8, 5, 65));
var_dump(sprintf("%d %d %d %d %d", "12abc", 3.99, true, null, "1e3"), sprintf("%s %s %s %s", 1.0, 0.1 + 0.2, true, null), sprintf("%c%c", 256 + 72, 105));
--EXPECT--
string(104) "str|-42|18446744073709551615|3.141590|2.500000|1.234568e+3|1.230000E-4|1.234e-5|1.0E+20|ff|FF|10|101|A|%"
string(13) "12 3 1 0 1000"
string(8) "1 0.3 1 "
string(2) "Hi"
