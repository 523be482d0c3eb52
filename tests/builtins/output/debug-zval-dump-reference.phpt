--TEST--
debug_zval_dump: references show their own refcount
--FILE--
<?php
$v = str_repeat("v", 3);
$r = &$v;
$arr = ['k' => &$v];
debug_zval_dump($arr);
$obj = new stdClass; $obj->p = &$v;
debug_zval_dump($obj);
--EXPECT--
array(1) refcount(2){
  ["k"]=>
  reference refcount(3) {
    string(3) "vvv" refcount(1)
  }
}
object(stdClass)#1 (1) refcount(2){
  ["p"]=>
  reference refcount(4) {
    string(3) "vvv" refcount(1)
  }
}
