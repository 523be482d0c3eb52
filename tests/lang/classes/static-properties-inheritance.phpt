--TEST--
static properties shared between parent and child unless redeclared
--FILE--
<?php
class A { static $shared = []; static $redecl = 'A'; static function add($v) { static::$shared[] = $v; } }
class B extends A { static $redecl = 'B'; }
A::add(1); B::add(2);
var_dump(A::$shared, B::$shared, A::$redecl, B::$redecl);
B::$shared = 'replaced'; var_dump(A::$shared);
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
string(1) "A"
string(1) "B"
string(8) "replaced"
