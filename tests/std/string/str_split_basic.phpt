--TEST--
str_split with lengths and errors
--FILE--
<?php
var_dump(str_split("abcdef"), str_split("abcdefg", 3), str_split("abc", 10), str_split(""));
try { str_split("abc", 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(6) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
  [5]=>
  string(1) "f"
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  string(3) "def"
  [2]=>
  string(1) "g"
}
array(1) {
  [0]=>
  string(3) "abc"
}
array(0) {
}
str_split(): Argument #2 ($length) must be greater than 0
