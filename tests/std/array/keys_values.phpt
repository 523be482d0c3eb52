--TEST--
array_keys with and without a search value, array_values re-indexes
--FILE--
<?php
$a = ['a' => 1, 'b' => '1', 5 => 2, 'c' => 1.0, 'd' => true];
var_dump(array_keys($a));
var_dump(array_keys($a, 1));
var_dump(array_keys($a, 1, true));
var_dump(array_values($a));
var_dump(array_values([]));
--EXPECT--
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  int(5)
  [3]=>
  string(1) "c"
  [4]=>
  string(1) "d"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(1) {
  [0]=>
  string(1) "a"
}
array(5) {
  [0]=>
  int(1)
  [1]=>
  string(1) "1"
  [2]=>
  int(2)
  [3]=>
  float(1)
  [4]=>
  bool(true)
}
array(0) {
}
