--TEST--
using $this in a static function is an error when called
--FILE--
<?php
class A { static function f() { return $this; } }
A::f();
--EXPECTF--

Fatal error: Uncaught Error: Using $this when not in object context in %s:2
Stack trace:
#0 %s(3): A::f()
#1 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
