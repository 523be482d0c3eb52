--TEST--
arrays and plain objects are rejected by string parameters
--FILE--
<?php
foreach (['strlen', 'strtoupper', 'ucfirst', 'trim', 'md5', 'base64_encode', 'htmlspecialchars', 'strrev'] as $f) {
    try { $f([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $f(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
try { str_repeat("x", "many"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { substr("abc", []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { str_pad("x", 5, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { explode(",", "a", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(strlen(1.0), strtoupper(1e100), str_repeat(1.5, 2), trim(true));
--EXPECT--
strlen(): Argument #1 ($string) must be of type string, array given
strlen(): Argument #1 ($string) must be of type string, stdClass given
strtoupper(): Argument #1 ($string) must be of type string, array given
strtoupper(): Argument #1 ($string) must be of type string, stdClass given
ucfirst(): Argument #1 ($string) must be of type string, array given
ucfirst(): Argument #1 ($string) must be of type string, stdClass given
trim(): Argument #1 ($string) must be of type string, array given
trim(): Argument #1 ($string) must be of type string, stdClass given
md5(): Argument #1 ($string) must be of type string, array given
md5(): Argument #1 ($string) must be of type string, stdClass given
base64_encode(): Argument #1 ($string) must be of type string, array given
base64_encode(): Argument #1 ($string) must be of type string, stdClass given
htmlspecialchars(): Argument #1 ($string) must be of type string, array given
htmlspecialchars(): Argument #1 ($string) must be of type string, stdClass given
strrev(): Argument #1 ($string) must be of type string, array given
strrev(): Argument #1 ($string) must be of type string, stdClass given
str_repeat(): Argument #2 ($times) must be of type int, string given
substr(): Argument #2 ($offset) must be of type int, array given
str_pad(): Argument #3 ($pad_string) must be of type string, array given
explode(): Argument #3 ($limit) must be of type int, string given
int(1)
string(8) "1.0E+100"
string(6) "1.51.5"
string(1) "1"
