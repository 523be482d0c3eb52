--TEST--
array_map keeps keys for one array and calls the callback with values
--FILE--
<?php
var_dump(array_map(fn($x) => $x * 2, ['a' => 1, 'b' => 2, 7 => 3]));
var_dump(array_map(null, ['x' => 1]));
var_dump(array_map('strtoupper', ['q' => 'a', 'b']));
--EXPECT--
array(3) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(4)
  [7]=>
  int(6)
}
array(1) {
  ["x"]=>
  int(1)
}
array(2) {
  ["q"]=>
  string(1) "A"
  [0]=>
  string(1) "B"
}
