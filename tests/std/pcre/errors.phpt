--TEST--
pattern errors warn and return false
--FILE--
<?php
var_dump(preg_match('abc', 'x'), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('', 'x'));
var_dump(preg_match('   ', 'x'));
var_dump(preg_match('/abc', 'x'));
var_dump(preg_match('(abc', 'x'));
var_dump(preg_match('/abc/k', 'x'));
var_dump(preg_match('/abc/e', 'x'));
var_dump(preg_match("/abc/\0", 'x'));
var_dump(preg_match('/(abc/', 'x'), preg_last_error());
var_dump(preg_match('/[a-/', 'x'));
var_dump(preg_match('/a{2,1}/', 'x'));
var_dump(preg_match('/\\', 'x'));
var_dump(preg_match('/ok/', 'ok'), preg_last_error(), preg_last_error_msg());
--EXPECTF--

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL byte in %s on line 2
bool(false)
int(1)
string(14) "Internal error"

Warning: preg_match(): Empty regular expression in %s on line 3
bool(false)

Warning: preg_match(): Empty regular expression in %s on line 4
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 5
bool(false)

Warning: preg_match(): No ending matching delimiter ')' found in %s on line 6
bool(false)

Warning: preg_match(): Unknown modifier 'k' in %s on line 7
bool(false)

Warning: preg_match(): Unknown modifier 'e' in %s on line 8
bool(false)

Warning: preg_match(): NUL byte is not a valid modifier in %s on line 9
bool(false)

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 4 in %s on line 10
bool(false)
int(1)

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 3 in %s on line 11
bool(false)

Warning: preg_match(): Compilation failed: numbers out of order in {} quantifier at offset 5 in %s on line 12
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 13
bool(false)
int(1)
int(0)
string(8) "No error"
