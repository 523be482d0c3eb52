--TEST--
array_shift re-indexes, array_unshift prepends
--FILE--
<?php
$a = [5 => 'a', 'k' => 'b', 9 => 'c'];
var_dump(array_shift($a), $a);
$a[] = 'd';
var_dump($a);
$b = ['x' => 1, 3 => 2];
var_dump(array_unshift($b, 'p', 'q'), $b);
$c = [];
var_dump(array_shift($c));
--EXPECT--
string(1) "a"
array(2) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
}
array(3) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
}
int(4)
array(4) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "q"
  ["x"]=>
  int(1)
  [2]=>
  int(2)
}
NULL
