--TEST--
uncaught exception with a previous exception prints both
--FILE--
<?php
try { throw new LogicException("first"); }
catch (Exception $e) { throw new RuntimeException("second", 0, $e); }
--EXPECTF--

Fatal error: Uncaught LogicException: first in %s:2
Stack trace:
#0 {main}

Next RuntimeException: second in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
