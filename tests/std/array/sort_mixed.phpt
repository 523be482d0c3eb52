--TEST--
sort with mixed types follows PHP 8 comparison
--FILE--
<?php
$a = ['10', 9, 'abc', 'ABC', '1e1', null, false, 0, '0', '', -1];
sort($a);
var_dump($a);
$b = [[2], [1, 2], [1], 'x', 5];
sort($b);
var_dump($b);
--EXPECT--
array(11) {
  [0]=>
  NULL
  [1]=>
  bool(false)
  [2]=>
  string(0) ""
  [3]=>
  int(-1)
  [4]=>
  int(0)
  [5]=>
  string(1) "0"
  [6]=>
  int(9)
  [7]=>
  string(2) "10"
  [8]=>
  string(3) "1e1"
  [9]=>
  string(3) "ABC"
  [10]=>
  string(3) "abc"
}
array(5) {
  [0]=>
  int(5)
  [1]=>
  string(1) "x"
  [2]=>
  array(1) {
    [0]=>
    int(1)
  }
  [3]=>
  array(1) {
    [0]=>
    int(2)
  }
  [4]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
