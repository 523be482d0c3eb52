--TEST--
calling an undefined function throws Error
--FILE--
<?php
try { nope(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
undefined_thing(1);
--EXPECTF--
Error: Call to undefined function nope()

Fatal error: Uncaught Error: Call to undefined function undefined_thing() in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
