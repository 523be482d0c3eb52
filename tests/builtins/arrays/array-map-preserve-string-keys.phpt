--TEST--
array_map preserves string keys only for a single array
--FILE--
<?php
var_dump(array_map(fn($v) => $v, ['a' => 1, 'b' => 2]), array_map(fn($v, $w) => $v + $w, ['a' => 1], ['b' => 2]), array_map('strtoupper', ['x' => 'y']));
--EXPECT--
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(1) {
  [0]=>
  int(3)
}
array(1) {
  ["x"]=>
  string(1) "Y"
}
