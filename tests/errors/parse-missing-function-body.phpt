--TEST--
function declaration without a body
--FILE--
<?php
function f()
echo 1;
--EXPECTF--

Parse error: syntax error, unexpected token "echo", expecting "{" in %s on line 3
--EXPECT_EXIT--
255
