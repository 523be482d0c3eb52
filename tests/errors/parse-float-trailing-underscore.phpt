--TEST--
Parse error shape: float-trailing-underscore
--FILE--
<?php
$x = 1.5_;
--EXPECTF--

Parse error: syntax error, unexpected identifier "_" in %s on line 2
--EXPECT_EXIT--
255
