--TEST--
break 2 with only one loop level
--FILE--
<?php
while (true) { break 2; }
--EXPECTF--

Fatal error: Cannot 'break' 2 levels in %s on line 2
--EXPECT_EXIT--
255
