--TEST--
str_replace with strings, arrays and count
--FILE--
<?php
var_dump(str_replace("l", "L", "hello world", $c), $c);
var_dump(str_replace(["a", "b"], ["b", "c"], "ab", $c), $c);
var_dump(str_replace(["a", "b", "c"], ["1"], "abcabc"));
var_dump(str_replace(["a", ""], "x", "banana"));
var_dump(str_replace("", "x", "banana", $c), $c);
var_dump(str_replace("ana", "[ana]", "bananana"));
var_dump(str_replace(["x" => "a"], ["y" => "A"], ["k" => "aaa", 3 => "bab", 4 => 12, 5 => null, 6 => true]));
var_dump(str_replace(1, 2, 111), str_replace("a", "b", ""));
try { str_replace("a", ["b"], "abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { str_replace(new stdClass, "", "abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(str_replace(null, "x", "abc"));
--EXPECTF--
string(11) "heLLo worLd"
int(3)
string(2) "cc"
int(3)
string(2) "11"
string(6) "bxnxnx"
string(6) "banana"
int(0)
string(12) "b[ana]n[ana]"
array(5) {
  ["k"]=>
  string(3) "AAA"
  [3]=>
  string(3) "bAb"
  [4]=>
  string(2) "12"
  [5]=>
  string(0) ""
  [6]=>
  string(1) "1"
}
string(3) "222"
string(0) ""
str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string
str_replace(): Argument #1 ($search) must be of type array|string, stdClass given

Deprecated: str_replace(): Passing null to parameter #1 ($search) of type array|string is deprecated in %s on line 12
string(3) "abc"
