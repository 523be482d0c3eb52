--TEST--
array_diff, array_diff_key, array_diff_assoc
--FILE--
<?php
$a = ['a' => 'green', 'red', 'blue', 'red', 5 => 1];
$b = ['b' => 'green', 'yellow', 'red', '1'];
var_dump(array_diff($a, $b));
var_dump(array_diff_key($a, $b));
var_dump(array_diff_assoc($a, $b));
var_dump(array_diff($a));
var_dump(array_diff([1, 2, 3, 4], [2], [4]));
try { array_diff([1], 3); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(1) {
  [1]=>
  string(4) "blue"
}
array(2) {
  ["a"]=>
  string(5) "green"
  [5]=>
  int(1)
}
array(5) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
  [2]=>
  string(3) "red"
  [5]=>
  int(1)
}
array(5) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [1]=>
  string(4) "blue"
  [2]=>
  string(3) "red"
  [5]=>
  int(1)
}
array(2) {
  [0]=>
  int(1)
  [2]=>
  int(3)
}
array_diff(): Argument #2 must be of type array, int given
