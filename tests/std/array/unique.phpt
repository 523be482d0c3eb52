--TEST--
array_unique keeps the first of equal values
--FILE--
<?php
var_dump(array_unique([1, '1', 2, 2.0, 'a', 'A', 'a', 3 => 'b', 'x' => 'b']));
var_dump(array_unique([4, '4', '3', 4, 3, '3']));
var_dump(array_unique(['10', '1e1', 10.0, 'abc'], SORT_REGULAR));
var_dump(array_unique(['10', '1e1', '010'], SORT_NUMERIC));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  string(1) "b"
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "A"
}
array(2) {
  [0]=>
  int(4)
  [2]=>
  string(1) "3"
}
array(2) {
  [0]=>
  string(2) "10"
  [3]=>
  string(3) "abc"
}
array(1) {
  [0]=>
  string(2) "10"
}
