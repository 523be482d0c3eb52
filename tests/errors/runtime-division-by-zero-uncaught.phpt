--TEST--
uncaught DivisionByZeroError
--FILE--
<?php
function d($a, $b) { return $a % $b; }
echo d(1, 0);
--EXPECTF--

Fatal error: Uncaught DivisionByZeroError: Modulo by zero in %s:2
Stack trace:
#0 %s(3): d(1, 0)
#1 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
