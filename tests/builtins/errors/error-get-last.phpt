--TEST--
error_get_last and error_clear_last
--FILE--
<?php
var_dump(error_get_last());
@$undefined_var;
$e = error_get_last();
var_dump($e['type'], $e['message'], $e['line']);
error_clear_last();
var_dump(error_get_last());
--EXPECT--
NULL
int(2)
string(33) "Undefined variable $undefined_var"
int(3)
NULL
