--TEST--
json_decode of scalars and numbers
--FILE--
<?php
var_dump(json_decode('1'), json_decode('-0'), json_decode('-0.0'), json_decode('1.5'), json_decode('1E2'), json_decode('1e-2'));
var_dump(json_decode('true'), json_decode(' false '), json_decode('null'), json_decode('"str"'));
var_dump(json_decode('12345678901234567890'), json_decode('12345678901234567890', false, 512, JSON_BIGINT_AS_STRING), json_decode('-9223372036854775808'), json_decode('9223372036854775807'));
--EXPECT--
int(1)
int(0)
float(-0)
float(1.5)
float(100)
float(0.01)
bool(true)
bool(false)
NULL
string(3) "str"
float(1.2345678901234567E+19)
string(20) "12345678901234567890"
int(-9223372036854775808)
int(9223372036854775807)
