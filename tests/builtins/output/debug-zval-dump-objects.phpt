--TEST--
debug_zval_dump: object handles and refcounts with several holders
--FILE--
<?php
class P { public $a = 1; protected $b = [1]; private $c = "c"; }
$p = new P;
$list = [$p, $p];
debug_zval_dump($p);
unset($list);
debug_zval_dump($p);
--EXPECT--
object(P)#1 (3) refcount(4){
  ["a"]=>
  int(1)
  ["b":protected]=>
  array(1) packed refcount(2){
    [0]=>
    int(1)
  }
  ["c":"P":private]=>
  string(1) "c" interned
}
object(P)#1 (3) refcount(2){
  ["a"]=>
  int(1)
  ["b":protected]=>
  array(1) packed refcount(2){
    [0]=>
    int(1)
  }
  ["c":"P":private]=>
  string(1) "c" interned
}
