--TEST--
an abstract method cannot have a body
--FILE--
<?php
abstract class A { abstract function f() { } }
--EXPECTF--

Fatal error: Abstract function A::f() cannot contain body in %s on line 2
--EXPECT_EXIT--
255
