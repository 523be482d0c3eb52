--TEST--
debug_zval_dump: nested arrays and immutable literal arrays
--FILE--
<?php
$lit = [[1, 2], ['a' => [true]]];
debug_zval_dump($lit);
$built = [];
$built[] = [1];
$built['k'] = $built;
debug_zval_dump($built);
--EXPECT--
array(2) packed refcount(3){
  [0]=>
  array(2) packed refcount(1){
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
  [1]=>
  array(1) refcount(1){
    ["a"]=>
    array(1) packed refcount(1){
      [0]=>
      bool(true)
    }
  }
}
array(2) refcount(2){
  [0]=>
  array(1) packed refcount(3){
    [0]=>
    int(1)
  }
  ["k"]=>
  array(1) packed refcount(1){
    [0]=>
    array(1) packed refcount(3){
      [0]=>
      int(1)
    }
  }
}
