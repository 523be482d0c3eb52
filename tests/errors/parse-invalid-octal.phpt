--TEST--
invalid octal literal
--FILE--
<?php
$x = 0o8;
--EXPECTF--

Parse error: syntax error, unexpected identifier "o8" in %s on line 2
--EXPECT_EXIT--
255
