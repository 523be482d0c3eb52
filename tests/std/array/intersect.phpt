--TEST--
array_intersect, array_intersect_key, array_intersect_assoc
--FILE--
<?php
$a = ['a' => 'green', 'red', 'blue', 'x' => 'red'];
$b = ['b' => 'green', 'yellow', 'red', 'x' => 'red'];
var_dump(array_intersect($a, $b));
var_dump(array_intersect_key($a, $b));
var_dump(array_intersect_assoc($a, $b));
var_dump(array_intersect([1, 2, 3], [2, 3], [3]));
--EXPECT--
array(3) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  ["x"]=>
  string(3) "red"
}
array(3) {
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
  ["x"]=>
  string(3) "red"
}
array(1) {
  ["x"]=>
  string(3) "red"
}
array(1) {
  [2]=>
  int(3)
}
