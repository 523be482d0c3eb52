--TEST--
-d options set ini values
--INI--
precision=3
error_reporting=0
--FILE--
<?php
echo M_PI, "\n";
echo $undefined, "no warning\n";
var_dump(ini_get('precision'), error_reporting());
--EXPECT--
3.14
no warning
string(1) "3"
int(0)
