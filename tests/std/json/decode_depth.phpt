--TEST--
nesting limits
--FILE--
<?php
var_dump(json_decode('[[1]]', true, 1), json_last_error_msg());
var_dump(json_decode('[[1]]', true, 2));
var_dump(json_decode('1', true, 1));
var_dump(json_decode('[]', true, 1));
try { json_decode('1', false, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$deep = str_repeat('[', 600) . str_repeat(']', 600);
var_dump(json_decode($deep), json_last_error_msg());
var_dump(is_array(json_decode($deep, true, 1000)));
--EXPECT--
NULL
string(28) "Maximum stack depth exceeded"
NULL
int(1)
NULL
json_decode(): Argument #3 ($depth) must be greater than 0
NULL
string(28) "Maximum stack depth exceeded"
bool(true)
