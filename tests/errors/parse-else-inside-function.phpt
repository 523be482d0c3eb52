--TEST--
Parse error shape: else-inside-function
--FILE--
<?php
function f() { else {} }
--EXPECTF--

Parse error: syntax error, unexpected token "else" in %s on line 2
--EXPECT_EXIT--
255
