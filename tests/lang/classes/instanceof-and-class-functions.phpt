--TEST--
get_class, get_parent_class, method_exists, property_exists
--FILE--
<?php
class A { public $pa; private $priv; function m() {} } class B extends A { public $pb; }
$b = new B;
var_dump(get_class($b), get_parent_class($b), get_parent_class(new A), method_exists($b, 'm'), method_exists('B', 'M'), property_exists('B', 'pa'), property_exists($b, 'priv'), property_exists($b, 'nope'), class_exists('a'), class_exists('Nope'));
var_dump(get_class_methods('B'), get_object_vars($b));
--EXPECT--
string(1) "B"
string(1) "A"
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
array(1) {
  [0]=>
  string(1) "m"
}
array(2) {
  ["pa"]=>
  NULL
  ["pb"]=>
  NULL
}
