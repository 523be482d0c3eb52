--TEST--
implode and explode with limits
--FILE--
<?php
var_dump(explode(",", "a,b,,c"), explode(",", "a,b,c", 2), explode(",", "a,b,c", -1), explode(",", ""), explode(", ", "x"));
var_dump(implode(", ", [1, 2.5, true, null, "s"]), implode([1, 2]), implode(",", []), join("-", ['a' => 1, 'b' => 2]));
try { explode("", "abc"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(3) "b,c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(0) ""
}
array(1) {
  [0]=>
  string(1) "x"
}
string(14) "1, 2.5, 1, , s"
string(2) "12"
string(0) ""
string(3) "1-2"
explode(): Argument #1 ($separator) must not be empty
