--TEST--
uncaught exception prints PHP's fatal error with the stack trace
--FILE--
<?php
function level2() { throw new RuntimeException("deep failure"); }
function level1($x) { level2(); }
echo "before\n";
level1(42);
echo "after\n";
--EXPECTF--
before

Fatal error: Uncaught RuntimeException: deep failure in %s:2
Stack trace:
#0 %s(3): level2()
#1 %s(5): level1(42)
#2 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
