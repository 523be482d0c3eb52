--TEST--
array_merge renumbers integer keys, array_merge_recursive, array_replace
--FILE--
<?php
var_dump(array_merge([1, 2], [3], ['a' => 1, 5 => 'x'], ['a' => 2]), array_merge(), array_merge_recursive(['a' => [1], 'b' => 2], ['a' => [3], 'b' => 4]), array_replace([1, 2, 3], [1 => 'b'], [3 => 'd']));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  ["a"]=>
  int(2)
  [3]=>
  string(1) "x"
}
array(0) {
}
array(2) {
  ["a"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
  ["b"]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(4)
  }
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(1) "b"
  [2]=>
  int(3)
  [3]=>
  string(1) "d"
}
