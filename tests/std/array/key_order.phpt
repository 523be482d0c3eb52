--TEST--
integer-like string keys are normalised by array functions
--FILE--
<?php
var_dump(array_flip(['1', '01', '-1', '-0', '9223372036854775808']));
var_dump(array_fill_keys(['1', '1.0', ' 1'], true));
var_dump(array_combine(['0', 'a'], [1, 2]));
--EXPECT--
array(5) {
  [1]=>
  int(0)
  ["01"]=>
  int(1)
  [-1]=>
  int(2)
  ["-0"]=>
  int(3)
  ["9223372036854775808"]=>
  int(4)
}
array(3) {
  [1]=>
  bool(true)
  ["1.0"]=>
  bool(true)
  [" 1"]=>
  bool(true)
}
array(2) {
  [0]=>
  int(1)
  ["a"]=>
  int(2)
}
