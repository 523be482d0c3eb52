--TEST--
json_encode errors: invalid UTF-8, INF, depth; JSON_THROW_ON_ERROR
--FILE--
<?php
var_dump(json_encode("\xB1\x31"), json_last_error(), json_last_error_msg());
var_dump(json_encode("\xB1\x31", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("\xB1\x31", JSON_INVALID_UTF8_IGNORE), json_encode(INF), json_last_error_msg(), json_encode(NAN, JSON_PARTIAL_OUTPUT_ON_ERROR));
try { json_encode(INF, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), ": ", $e->getMessage(), " ", $e->getCode(), "\n"; }
var_dump(json_encode([[1]], 0, 1), json_last_error_msg());
--EXPECT--
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(9) ""\ufffd1""
string(3) ""1""
bool(false)
string(34) "Inf and NaN cannot be JSON encoded"
string(1) "0"
JsonException: Inf and NaN cannot be JSON encoded 7
bool(false)
string(28) "Maximum stack depth exceeded"
