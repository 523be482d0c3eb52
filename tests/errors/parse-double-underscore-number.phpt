--TEST--
Parse error shape: double-underscore-number
--FILE--
<?php
$x = 1__0;
--EXPECTF--

Parse error: syntax error, unexpected identifier "__0" in %s on line 2
--EXPECT_EXIT--
255
