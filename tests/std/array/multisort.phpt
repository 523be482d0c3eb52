--TEST--
array_multisort with several arrays and flags
--FILE--
<?php
$d1 = [3, 1, 2, 1];
$d2 = ['c', 'a', 'b', 'z'];
var_dump(array_multisort($d1, $d2), $d1, $d2);
$x = [10, 100, 100, 0];
$y = [1, 3, 2, 4];
array_multisort($x, SORT_DESC, $y, SORT_ASC);
var_dump($x, $y);
$s = ['b' => 2, 'a' => 1, 5 => 0];
array_multisort($s);
var_dump($s);
--EXPECT--
bool(true)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "z"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
}
array(4) {
  [0]=>
  int(100)
  [1]=>
  int(100)
  [2]=>
  int(10)
  [3]=>
  int(0)
}
array(4) {
  [0]=>
  int(2)
  [1]=>
  int(3)
  [2]=>
  int(1)
  [3]=>
  int(4)
}
array(3) {
  [0]=>
  int(0)
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
