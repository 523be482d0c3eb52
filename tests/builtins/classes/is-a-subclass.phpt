--TEST--
is_a and is_subclass_of with strings
--FILE--
<?php
interface I {} class A implements I {} class B extends A {}
var_dump(is_a(new B, 'A'), is_a('B', 'A'), is_a('B', 'A', true), is_subclass_of('B', 'A'), is_subclass_of('A', 'A'), is_subclass_of(new B, 'I'), class_parents(new B), class_implements('B'));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
array(1) {
  ["A"]=>
  string(1) "A"
}
array(1) {
  ["I"]=>
  string(1) "I"
}
