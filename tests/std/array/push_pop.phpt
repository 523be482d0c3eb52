--TEST--
array_push and array_pop by reference and next free index
--FILE--
<?php
$a = [1, 2];
var_dump(array_push($a, 3, 4), $a);
var_dump(array_pop($a), $a);
$a[] = 'new';
var_dump($a);
$e = [];
var_dump(array_pop($e));
$s = ['x' => 1, 'y' => 2];
var_dump(array_pop($s), $s);
--EXPECT--
int(4)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
int(4)
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
  int(2)
  [2]=>
  int(3)
  [3]=>
  string(3) "new"
}
NULL
int(2)
array(1) {
  ["x"]=>
  int(1)
}
