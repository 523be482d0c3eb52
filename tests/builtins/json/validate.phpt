--TEST--
json_validate (8.3+)
--FILE--
<?php
var_dump(json_validate('{"a":1}'), json_validate('{a:1}'), json_last_error_msg(), json_validate('[]'), json_validate(''));
--EXPECT--
bool(true)
bool(false)
string(12) "Syntax error"
bool(true)
bool(false)
