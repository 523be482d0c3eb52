--TEST--
debug_zval_dump shows references inside arrays
--FILE--
<?php
$x = str_repeat("y", 2);
$a = [&$x, 1];
debug_zval_dump($a);
$e = [];
debug_zval_dump($e, [], [1 => 1]);
--EXPECT--
array(2) packed refcount(2){
  [0]=>
  reference refcount(2) {
    string(2) "yy" refcount(1)
  }
  [1]=>
  int(1)
}
array(0) interned {
}
array(0) interned {
}
array(1) packed refcount(2){
  [1]=>
  int(1)
}
