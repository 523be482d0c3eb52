--TEST--
debug_zval_dump: passing a value to a function adds a reference for the call
--FILE--
<?php
function inspect($x) { debug_zval_dump($x); }
$arr = [str_repeat("a", 2)];
inspect($arr);
$obj = new stdClass;
inspect($obj);
debug_zval_dump($obj);
--EXPECT--
array(1) packed refcount(3){
  [0]=>
  string(2) "aa" refcount(1)
}
object(stdClass)#1 (0) refcount(3){
}
object(stdClass)#1 (0) refcount(2){
}
