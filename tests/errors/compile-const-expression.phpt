--TEST--
constant expression with a non-constant value
--FILE--
<?php
class A { const X = $y; }
--EXPECTF--

Fatal error: Constant expression contains invalid operations in %s on line 2
--EXPECT_EXIT--
255
