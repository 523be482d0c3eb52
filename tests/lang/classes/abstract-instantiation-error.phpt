--TEST--
instantiating an interface or abstract class is an uncaught Error
--FILE--
<?php
interface I {}
new I;
--EXPECTF--

Fatal error: Uncaught Error: Cannot instantiate interface I in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
