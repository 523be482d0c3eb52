--TEST--
array_splice removes, replaces and re-indexes by reference
--FILE--
<?php
$a = [3 => 'a', 'k' => 'b', 7 => 'c'];
var_dump(array_splice($a, 1, 1, ['X', 'Y']), $a);
$b = [1, 2, 3, 4, 5];
var_dump(array_splice($b, -2), $b);
$c = [1, 2, 3];
array_splice($c, 1, 0, 'new');
var_dump($c);
$d = [1, 2, 3];
array_splice($d, 5, 0, [9]);
var_dump($d);
--EXPECT--
array(1) {
  ["k"]=>
  string(1) "b"
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "X"
  [2]=>
  string(1) "Y"
  [3]=>
  string(1) "c"
}
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(5)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  string(3) "new"
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(9)
}
