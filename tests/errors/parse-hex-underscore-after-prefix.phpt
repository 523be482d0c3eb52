--TEST--
Parse error shape: hex-underscore-after-prefix
--FILE--
<?php
$x = 0x_1;
--EXPECTF--

Parse error: syntax error, unexpected identifier "x_1" in %s on line 2
--EXPECT_EXIT--
255
