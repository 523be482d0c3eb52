--TEST--
wrong return type is an uncaught TypeError
--FILE--
<?php
function f(): int { return "abc"; }
f();
--EXPECTF--

Fatal error: Uncaught TypeError: f(): Return value must be of type int, string returned in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
