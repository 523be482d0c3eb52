--TEST--
array_slice with preserve_keys and array_splice with replacement
--FILE--
<?php
$a = ['a' => 1, 5 => 2, 6 => 3, 'b' => 4];
var_dump(array_slice($a, 1, 2), array_slice($a, 1, 2, true), array_slice($a, -2), array_slice([1, 2, 3], 5));
$b = [1, 2, 3, 4, 5];
$removed = array_splice($b, 1, 2, ['x', 'y', 'z']);
var_dump($removed, $b);
$c = [1, 2, 3]; array_splice($c, -1, 0, 'ins'); var_dump($c);
--EXPECT--
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(2) {
  [5]=>
  int(2)
  [6]=>
  int(3)
}
array(2) {
  [0]=>
  int(3)
  ["b"]=>
  int(4)
}
array(0) {
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(6) {
  [0]=>
  int(1)
  [1]=>
  string(1) "x"
  [2]=>
  string(1) "y"
  [3]=>
  string(1) "z"
  [4]=>
  int(4)
  [5]=>
  int(5)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  string(3) "ins"
  [3]=>
  int(3)
}
