--TEST--
Parse error shape: invalid-octal
--FILE--
<?php
$x = 08;
--EXPECTF--

Parse error: Invalid numeric literal in %s on line 2
--EXPECT_EXIT--
255
