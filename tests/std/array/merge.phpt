--TEST--
array_merge renumbers integer keys, later string keys win
--FILE--
<?php
var_dump(array_merge([5 => 'a', 'x' => 1], ['x' => 2, 9 => 'b'], [3 => 'c']));
var_dump(array_merge());
var_dump(array_merge([], []));
try { array_merge([1], 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  ["x"]=>
  int(2)
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(0) {
}
array(0) {
}
array_merge(): Argument #2 must be of type array, int given
