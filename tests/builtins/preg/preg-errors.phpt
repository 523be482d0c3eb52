--TEST--
invalid patterns warn and return false; preg_last_error
--FILE--
<?php
var_dump(preg_match('/(unclosed/', 'x'));
var_dump(preg_match('no delimiters', 'x'));
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./u', "\xff"), preg_last_error_msg());
--EXPECTF--

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 9 in %s on line 2
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL byte in %s on line 3
bool(false)
int(1)
string(14) "Internal error"
bool(false)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
