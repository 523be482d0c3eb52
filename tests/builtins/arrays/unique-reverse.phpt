--TEST--
array_unique (keeps first keys, flags) and array_reverse with preserve_keys
--FILE--
<?php
var_dump(array_unique([3, "3", 1, 'a' => 1, 2, 'b' => 'x', 'c' => 'X']), array_unique(["10", "1e1", 10.0]), array_unique(["10", "1e1"], SORT_STRING));
var_dump(array_reverse(['a' => 1, 2, 3]), array_reverse([1, 2, 3], true));
--EXPECT--
array(5) {
  [0]=>
  int(3)
  [2]=>
  int(1)
  [3]=>
  int(2)
  ["b"]=>
  string(1) "x"
  ["c"]=>
  string(1) "X"
}
array(2) {
  [0]=>
  string(2) "10"
  [1]=>
  string(3) "1e1"
}
array(2) {
  [0]=>
  string(2) "10"
  [1]=>
  string(3) "1e1"
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  ["a"]=>
  int(1)
}
array(3) {
  [2]=>
  int(3)
  [1]=>
  int(2)
  [0]=>
  int(1)
}
