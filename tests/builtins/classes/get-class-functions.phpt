--TEST--
get_class, get_called_class, get_parent_class, get_class_methods, get_class_vars
--FILE--
<?php
class A { public $x = 1; public static $s = 2; protected $p; function m() { return get_called_class(); } static function sm() { return get_called_class(); } private function hidden() {} }
class B extends A { function own() {} }
var_dump(get_class(new B), (new B)->m(), B::sm(), get_parent_class('B'), get_class_methods('B'), get_class_vars('B'));
try { get_class(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(1) "B"
string(1) "B"
string(1) "B"
string(1) "A"
array(3) {
  [0]=>
  string(3) "own"
  [1]=>
  string(1) "m"
  [2]=>
  string(2) "sm"
}
array(2) {
  ["x"]=>
  int(1)
  ["s"]=>
  int(2)
}
get_class() without arguments must be called from within a class
