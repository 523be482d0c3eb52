--TEST--
a class that does not implement an interface method is a fatal error
--FILE--
<?php
interface I { function m(); }
class C implements I {}
--EXPECTF--

Fatal error: Class C contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (I::m) in %s on line 3
--EXPECT_EXIT--
255
