--TEST--
array_splice with negative offsets and lengths, string keys and null length
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 5 => 3, 9 => 4, 'c' => 5];
$r = array_splice($a, -3, -1, ['x' => 'X']);
var_dump($r, $a);
$b = [1, 2, 3];
var_dump(array_splice($b, 1, null), $b);
$c = [1, 2, 3];
var_dump(array_splice($c, 0, 0, [[9]]), $c);
$d = ['k' => 'v'];
var_dump(array_splice($d, 0), $d);
--EXPECT--
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(4)
}
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  [0]=>
  string(1) "X"
  ["c"]=>
  int(5)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  int(1)
}
array(0) {
}
array(4) {
  [0]=>
  array(1) {
    [0]=>
    int(9)
  }
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(1) {
  ["k"]=>
  string(1) "v"
}
array(0) {
}
