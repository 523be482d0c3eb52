--TEST--
parameter after a variadic parameter
--FILE--
<?php
function f(...$a, $b) {}
--EXPECTF--

Fatal error: Only the last parameter can be variadic in %s on line 2
--EXPECT_EXIT--
255
