--TEST--
unclosed parenthesis in a call
--FILE--
<?php
echo strlen("abc";
--EXPECTF--

Parse error: syntax error, unexpected token ";", expecting ")" in %s on line 2
--EXPECT_EXIT--
255
