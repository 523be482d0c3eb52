--TEST--
strtr with from/to strings and with a replacement array
--FILE--
<?php
var_dump(strtr("Hi all", "ai", "eo"), strtr("abc", "ab", "x"), strtr("abc", "", "x"));
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "H" => "X"]));
var_dump(strtr("abc", []), strtr("abc", ["" => "x"]), strtr("1234", [1 => "one", 23 => "two-three"]), strtr("aaa", ["a" => "b", "b" => "c"]));
try { strtr("abc", "ab"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strtr("abc", ["a" => "b"], "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(6) "Ho ell"
string(3) "xbc"
string(3) "abc"
string(20) "Hello all, I said hi"

Warning: strtr(): Ignoring replacement of empty string in %s on line 4
string(3) "abc"
string(3) "abc"
string(13) "onetwo-three4"
string(3) "bbb"
strtr(): Argument #2 ($from) must be of type array, string given
strtr(): Argument #2 ($from) must be of type string, array given
