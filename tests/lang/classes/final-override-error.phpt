--TEST--
overriding a final method is a compile-time fatal error
--FILE--
<?php
class A { final function f() {} }
class B extends A { function f() {} }
echo "unreached\n";
--EXPECTF--

Fatal error: Cannot override final method A::f() in %s on line 3
--EXPECT_EXIT--
255
