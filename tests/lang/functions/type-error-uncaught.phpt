--TEST--
uncaught TypeError for a wrong argument type
--FILE--
<?php
function need(array $a) {}
need("nope");
--EXPECTF--

Fatal error: Uncaught TypeError: need(): Argument #1 ($a) must be of type array, string given, called in %s on line 3 and defined in %s:2
Stack trace:
#0 %s(3): need('nope')
#1 {main}
  thrown in %s on line 2
--EXPECT_EXIT--
255
