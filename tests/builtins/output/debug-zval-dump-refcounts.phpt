--TEST--
debug_zval_dump shows refcounts, interned strings and packed arrays
--FILE--
<?php
$s = "literal";
$d = str_repeat("x", 3);
$arr = [1, 2, 3];
$copy = $arr;
debug_zval_dump($s, $d, 1, 1.5, true, null, $arr);
$h = ['a' => $d];
debug_zval_dump($h);
$o = new stdClass; $o->p = 1; $o2 = $o;
debug_zval_dump($o);
--EXPECT--
string(7) "literal" interned
string(3) "xxx" refcount(2)
int(1)
float(1.5)
bool(true)
NULL
array(3) packed refcount(4){
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) refcount(2){
  ["a"]=>
  string(3) "xxx" refcount(2)
}
object(stdClass)#1 (1) refcount(3){
  ["p"]=>
  int(1)
}
