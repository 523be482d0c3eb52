--TEST--
array_column with index key and objects, array_chunk with preserve keys
--FILE--
<?php
$rows = [['id' => 3, 'name' => 'a', 'g' => 'x'], ['id' => 5, 'name' => 'b'], ['id' => 7, 'g' => 'y']];
var_dump(array_column($rows, 'name'), array_column($rows, 'name', 'id'), array_column($rows, null, 'id')[5], array_column($rows, 'g', 'name'));
var_dump(array_chunk([1, 2, 3, 4, 5], 2), array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true));
--EXPECT--
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(2) {
  [3]=>
  string(1) "a"
  [5]=>
  string(1) "b"
}
array(2) {
  ["id"]=>
  int(5)
  ["name"]=>
  string(1) "b"
}
array(2) {
  ["a"]=>
  string(1) "x"
  [0]=>
  string(1) "y"
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(3)
    [1]=>
    int(4)
  }
  [2]=>
  array(1) {
    [0]=>
    int(5)
  }
}
array(2) {
  [0]=>
  array(2) {
    ["a"]=>
    int(1)
    ["b"]=>
    int(2)
  }
  [1]=>
  array(1) {
    ["c"]=>
    int(3)
  }
}
