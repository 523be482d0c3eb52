--TEST--
json_encode of a resource: Type is not supported
--FILE--
<?php var_dump(json_encode(STDIN), json_last_error_msg(), json_encode([1, STDIN]), json_encode(STDIN, JSON_PARTIAL_OUTPUT_ON_ERROR));
--EXPECT--
bool(false)
string(21) "Type is not supported"
bool(false)
string(4) "null"
