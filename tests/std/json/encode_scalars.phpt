--TEST--
json_encode of scalars and floats
--FILE--
<?php
var_dump(json_encode(null), json_encode(true), json_encode(false), json_encode(0), json_encode(-42), json_encode(PHP_INT_MAX));
echo json_encode([1e25, 0.1, 1e-7, -0.0, 1.0, 100.0, 1.5e300, 0.30000000000000004, 1/3]), "\n";
echo json_encode([1.0, 0.0, -0.0, 1e25, 2.5], JSON_PRESERVE_ZERO_FRACTION), "\n";
--EXPECT--
string(4) "null"
string(4) "true"
string(5) "false"
string(1) "0"
string(3) "-42"
string(19) "9223372036854775807"
[1.0e+25,0.1,1.0e-7,-0,1,100,1.5e+300,0.30000000000000004,0.3333333333333333]
[1.0,0.0,-0.0,1.0e+25,2.5]
