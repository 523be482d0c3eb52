--TEST--
calling an undefined method
--FILE--
<?php
class A {}
(new A)->nope();
--EXPECTF--

Fatal error: Uncaught Error: Call to undefined method A::nope() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
