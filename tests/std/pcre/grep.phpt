--TEST--
preg_grep keeps keys, PREG_GREP_INVERT
--FILE--
<?php
$a = ['x' => 'apple', 5 => 'banana', 'cherry', 7, 1.5];
var_dump(preg_grep('/an|^7$/', $a));
var_dump(preg_grep('/an/', $a, PREG_GREP_INVERT));
var_dump(preg_grep('/(/', $a));
--EXPECTF--
array(2) {
  [5]=>
  string(6) "banana"
  [7]=>
  int(7)
}
array(4) {
  ["x"]=>
  string(5) "apple"
  [6]=>
  string(6) "cherry"
  [7]=>
  int(7)
  [8]=>
  float(1.5)
}

Warning: preg_grep(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 5
bool(false)
