--TEST--
array_combine, array_flip, array_fill, array_fill_keys, array_pad
--FILE--
<?php
var_dump(array_combine(['a', 'b'], [1, 2]), array_flip(['a' => 1, 'b' => 2, 'c' => 1]), array_fill(5, 3, 'x'), array_fill(-3, 2, 0), array_fill_keys(['a', 5], null), array_pad([1, 2], 4, 0), array_pad([1, 2], -4, 0));
try { array_combine([1], [1, 2]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) {
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "b"
}
array(3) {
  [5]=>
  string(1) "x"
  [6]=>
  string(1) "x"
  [7]=>
  string(1) "x"
}
array(2) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
}
array(2) {
  ["a"]=>
  NULL
  [5]=>
  NULL
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
  [3]=>
  int(2)
}
array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
