--TEST--
array_pad on both sides
--FILE--
<?php
var_dump(array_pad([1, 2], 4, 0), array_pad([1, 2], -4, 0), array_pad([1, 2], 1, 0));
var_dump(array_pad([5 => 1, 'a' => 2], -4, 0));
--EXPECT--
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(0)
  [3]=>
  int(0)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
  [3]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(0)
  [2]=>
  int(1)
  ["a"]=>
  int(2)
}
