--TEST--
array_map with several arrays pads with null and re-indexes
--FILE--
<?php
var_dump(array_map(fn($a, $b) => [$a, $b], ['x' => 1, 'y' => 2], [3]));
var_dump(array_map(null, [1, 2], ['a', 'b'], ['A']));
--EXPECT--
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(3)
  }
  [1]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    NULL
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "A"
  }
  [1]=>
  array(3) {
    [0]=>
    int(2)
    [1]=>
    string(1) "b"
    [2]=>
    NULL
  }
}
