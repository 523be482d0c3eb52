--TEST--
json_validate (PHP 8.3)
--FILE--
<?php
var_dump(json_validate('{"a":1}'), json_validate('{'), json_last_error_msg(), json_validate('[[1]]', 1), json_validate(''), json_validate('null'));
try { json_validate('1', 512, JSON_BIGINT_AS_STRING); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
bool(false)
string(12) "Syntax error"
bool(false)
bool(false)
bool(true)
json_validate(): Argument #3 ($flags) must be a valid flag (allowed flags: JSON_INVALID_UTF8_IGNORE)
