--TEST--
debug_zval_dump: assignment shares an array, writing separates it
--FILE--
<?php
$a = [1, 2, 3];
debug_zval_dump($a);
$b = $a;
debug_zval_dump($a);
$b[] = 4;
debug_zval_dump($a, $b);
--EXPECT--
array(3) packed refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) packed refcount(4){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) packed refcount(3){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(4) packed refcount(2){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
