--TEST--
array_change_key_case lowers or uppers string keys
--FILE--
<?php
var_dump(array_change_key_case(['A' => 1, 'b' => 2, 5 => 3, 'Ab' => 4]));
var_dump(array_change_key_case(['a' => 1, 'B' => 2, 'A' => 3], CASE_UPPER));
--EXPECT--
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  [5]=>
  int(3)
  ["ab"]=>
  int(4)
}
array(2) {
  ["A"]=>
  int(3)
  ["B"]=>
  int(2)
}
