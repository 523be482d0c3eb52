--TEST--
break outside of a loop is a fatal error
--FILE--
<?php
echo "a";
break;
--EXPECTF--

Fatal error: 'break' not in the 'loop' or 'switch' context in %s on line 3
--EXPECT_EXIT--
255
