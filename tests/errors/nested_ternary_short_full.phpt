--TEST--
nested ternary a ?: b ? c : d
--FILE--
<?php
var_dump($a ?: 1 ? 2 : 3);
--EXPECTF--

Fatal error: Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)` in %s on line 2
--EXPECT_EXIT--
255
