--TEST--
ini_get and ini_set return old values as strings
--FILE--
<?php
var_dump(ini_get('precision'), ini_set('precision', '5'), ini_get('precision'), M_PI, ini_get('display_errors'), ini_get('nope_not_a_setting'), ini_set('nope_not_a_setting', 1), ini_get('memory_limit'), ini_get('error_reporting'));
--EXPECT--
string(2) "14"
string(2) "14"
string(1) "5"
float(3.141592653589793)
string(1) "1"
bool(false)
bool(false)
string(4) "128M"
string(0) ""
