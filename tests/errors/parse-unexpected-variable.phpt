--TEST--
two variables next to each other
--FILE--
<?php
$a $b;
--EXPECTF--

Parse error: syntax error, unexpected variable "$b" in %s on line 2
--EXPECT_EXIT--
255
