--TEST--
array_walk sees keys and can read the array
--FILE--
<?php
$a = ['x' => 1, 'y' => 2];
array_walk($a, function (&$v, $k) use (&$a) { $v = $k . $v; });
var_dump($a);
$list = [1, 2, 3];
$sum = 0;
array_walk($list, function ($v) use (&$sum) { $sum += $v; });
var_dump($sum, $list);
--EXPECT--
array(2) {
  ["x"]=>
  string(2) "x1"
  ["y"]=>
  string(2) "y2"
}
int(6)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
