--TEST--
json_last_error is reset by each call
--FILE--
<?php
json_decode('{');
var_dump(json_last_error(), json_last_error_msg());
json_decode('{}');
var_dump(json_last_error(), json_last_error_msg());
json_encode(NAN);
var_dump(json_last_error());
json_encode(1);
var_dump(json_last_error());
--EXPECT--
int(4)
string(12) "Syntax error"
int(0)
string(8) "No error"
int(7)
int(0)
