--TEST--
array_slice offsets, negative lengths and preserve_keys
--FILE--
<?php
$a = [5 => 'a', 'k' => 'b', 9 => 'c', 'd', 'e'];
var_dump(array_slice($a, 1));
var_dump(array_slice($a, -2, 1));
var_dump(array_slice($a, 1, -1, true));
var_dump(array_slice($a, 10));
var_dump(array_slice($a, 0, null, true));
--EXPECT--
array(4) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
  [2]=>
  string(1) "e"
}
array(1) {
  [0]=>
  string(1) "d"
}
array(3) {
  ["k"]=>
  string(1) "b"
  [9]=>
  string(1) "c"
  [10]=>
  string(1) "d"
}
array(0) {
}
array(5) {
  [5]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [9]=>
  string(1) "c"
  [10]=>
  string(1) "d"
  [11]=>
  string(1) "e"
}
