--TEST--
debug_zval_dump: arrays become hashed when keys are not in order
--FILE--
<?php
$packed = [10, 20, 30];
$gap = [0 => 'a', 5 => 'b'];
$str = ['x' => 1];
$reverse = [1 => 'b', 0 => 'a'];
$unset = [1, 2, 3]; unset($unset[2]);
debug_zval_dump($packed, $gap, $str, $reverse, $unset);
--EXPECT--
array(3) packed refcount(3){
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
array(2) packed refcount(3){
  [0]=>
  string(1) "a" interned
  [5]=>
  string(1) "b" interned
}
array(1) refcount(3){
  ["x"]=>
  int(1)
}
array(2) refcount(3){
  [1]=>
  string(1) "b" interned
  [0]=>
  string(1) "a" interned
}
array(2) packed refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
}
