--TEST--
array_chunk with and without keys
--FILE--
<?php
var_dump(array_chunk([1, 2, 3, 4, 5], 2));
var_dump(array_chunk(['a' => 1, 'b' => 2, 'c' => 3], 2, true));
var_dump(array_chunk([], 3));
try { array_chunk([1], 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
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
array(0) {
}
array_chunk(): Argument #2 ($length) must be greater than 0
