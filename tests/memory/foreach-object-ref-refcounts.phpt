--TEST--
by-reference foreach over object properties: reference counts
--FILE--
<?php
$o = new stdClass; $o->a = 1; $o->b = 2;
foreach ($o as &$v) { }
debug_zval_dump($o);
unset($v);
debug_zval_dump($o);
$arr = ['a' => 1, 'b' => 2];
foreach ($arr as &$w) { }
unset($w);
debug_zval_dump($arr);
--EXPECT--
object(stdClass)#1 (2) refcount(2){
  ["a"]=>
  reference refcount(1) {
    int(1)
  }
  ["b"]=>
  reference refcount(2) {
    int(2)
  }
}
object(stdClass)#1 (2) refcount(2){
  ["a"]=>
  reference refcount(1) {
    int(1)
  }
  ["b"]=>
  reference refcount(1) {
    int(2)
  }
}
array(2) refcount(2){
  ["a"]=>
  reference refcount(1) {
    int(1)
  }
  ["b"]=>
  reference refcount(1) {
    int(2)
  }
}
