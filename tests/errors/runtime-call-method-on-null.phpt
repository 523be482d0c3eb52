--TEST--
calling a method on null
--FILE--
<?php
$x = null;
$x->method();
--EXPECTF--

Fatal error: Uncaught Error: Call to a member function method() on null in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
