--TEST--
INF, NAN, invalid UTF-8, depth and partial output
--FILE--
<?php
var_dump(json_encode(INF), json_last_error(), json_last_error_msg());
var_dump(json_encode([1, NAN], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode("a\xffb"), json_last_error(), json_last_error_msg());
var_dump(json_encode("a\xffb", JSON_INVALID_UTF8_SUBSTITUTE), json_encode("a\xffb", JSON_INVALID_UTF8_IGNORE));
var_dump(json_encode(["ok", "bad\xff"], JSON_PARTIAL_OUTPUT_ON_ERROR));
var_dump(json_encode([[1]], 0, 1), json_last_error_msg());
var_dump(json_encode([1], 0, 0), json_encode(1, 0, 0));
var_dump(json_encode("fine"), json_last_error(), json_last_error_msg());
--EXPECT--
bool(false)
int(7)
string(34) "Inf and NaN cannot be JSON encoded"
string(5) "[1,0]"
int(7)
bool(false)
int(5)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
string(10) ""a\ufffdb""
string(4) ""ab""
string(11) "["ok",null]"
bool(false)
string(28) "Maximum stack depth exceeded"
bool(false)
string(1) "1"
string(6) ""fine""
int(0)
string(8) "No error"
