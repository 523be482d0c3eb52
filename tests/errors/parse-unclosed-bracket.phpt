--TEST--
unclosed array bracket
--FILE--
<?php
$a = [1, 2, 3;
--EXPECTF--

Parse error: syntax error, unexpected token ";", expecting "]" in %s on line 2
--EXPECT_EXIT--
255
