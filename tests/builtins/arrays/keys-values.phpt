--TEST--
array_keys (with search), array_values, array_key_first/last
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 1, 5 => '1'];
var_dump(array_keys($a), array_keys($a, 1), array_keys($a, '1', true), array_values($a), array_key_first($a), array_key_last($a), array_key_first([]));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  int(5)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
  [2]=>
  int(5)
}
array(1) {
  [0]=>
  int(5)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(1)
  [3]=>
  string(1) "1"
}
string(1) "a"
int(5)
NULL
