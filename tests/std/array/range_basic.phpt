--TEST--
range with integers, floats, characters and steps
--FILE--
<?php
var_dump(range(1, 5), range(5, 1, 2), range(0, 1, 0.25), range('a', 'e', 2), range('e', 'a', 2));
var_dump(range(3, 3), range(1.0, 3.0), range('1', '3'), range('5', 7), range(1, 10, '3'));
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "e"
}
array(3) {
  [0]=>
  string(1) "e"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "a"
}
array(1) {
  [0]=>
  int(3)
}
array(3) {
  [0]=>
  float(1)
  [1]=>
  float(2)
  [2]=>
  float(3)
}
array(3) {
  [0]=>
  string(1) "1"
  [1]=>
  string(1) "2"
  [2]=>
  string(1) "3"
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(6)
  [2]=>
  int(7)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  int(7)
  [3]=>
  int(10)
}
