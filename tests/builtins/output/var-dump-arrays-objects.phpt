--TEST--
var_dump formatting of nested arrays and objects
--FILE--
<?php
class P { public $pub = 1; protected $pro = [2]; private $pri = 'three'; public ?P $child = null; public int $uninit; }
$p = new P; $p->child = new P;
var_dump([1, 'k' => [true, null], [[]]], $p, new stdClass);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  ["k"]=>
  array(2) {
    [0]=>
    bool(true)
    [1]=>
    NULL
  }
  [1]=>
  array(1) {
    [0]=>
    array(0) {
    }
  }
}
object(P)#1 (4) {
  ["pub"]=>
  int(1)
  ["pro":protected]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["pri":"P":private]=>
  string(5) "three"
  ["child"]=>
  object(P)#2 (4) {
    ["pub"]=>
    int(1)
    ["pro":protected]=>
    array(1) {
      [0]=>
      int(2)
    }
    ["pri":"P":private]=>
    string(5) "three"
    ["child"]=>
    NULL
    ["uninit"]=>
    uninitialized(int)
  }
  ["uninit"]=>
  uninitialized(int)
}
object(stdClass)#3 (0) {
}
