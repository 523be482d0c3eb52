--TEST--
array_unique with each sort flag
--FILE--
<?php
$a = ['1', 1, '01', 1.0, 'a', 'A', 'a ', true, null, ''];
var_dump(array_unique($a));
var_dump(array_unique($a, SORT_REGULAR));
var_dump(array_unique($a, SORT_NUMERIC));
var_dump(array_unique($a, SORT_STRING));
--EXPECT--
array(6) {
  [0]=>
  string(1) "1"
  [2]=>
  string(2) "01"
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "A"
  [6]=>
  string(2) "a "
  [8]=>
  NULL
}
array(5) {
  [0]=>
  string(1) "1"
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "A"
  [6]=>
  string(2) "a "
  [8]=>
  NULL
}
array(2) {
  [0]=>
  string(1) "1"
  [4]=>
  string(1) "a"
}
array(6) {
  [0]=>
  string(1) "1"
  [2]=>
  string(2) "01"
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "A"
  [6]=>
  string(2) "a "
  [8]=>
  NULL
}
