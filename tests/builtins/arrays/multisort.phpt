--TEST--
array_multisort sorts several arrays together
--FILE--
<?php
$data = [3, 1, 2]; $names = ['c', 'a', 'b'];
array_multisort($data, $names);
var_dump($data, $names);
$d1 = [10, 100, 100, 0]; $d2 = [1, 3, 2, 4];
array_multisort($d1, SORT_DESC, $d2, SORT_ASC);
var_dump($d1, $d2);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
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
