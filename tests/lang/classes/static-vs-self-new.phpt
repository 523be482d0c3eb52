--TEST--
new self vs new static vs new parent
--FILE--
<?php
class A { static function s() { return new self; } static function t() { return new static; } }
class B extends A { static function p() { return new parent; } }
var_dump(get_class(B::s()), get_class(B::t()), get_class(B::p()));
--EXPECT--
string(1) "A"
string(1) "B"
string(1) "A"
