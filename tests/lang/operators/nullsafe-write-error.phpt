--TEST--
the nullsafe operator cannot be used in write context
--FILE--
<?php
$a = null;
$a?->b = 1;
--EXPECTF--

Fatal error: Can't use nullsafe operator in write context in %s on line 3
--EXPECT_EXIT--
255
