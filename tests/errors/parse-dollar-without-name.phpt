--TEST--
Parse error shape: dollar-without-name
--FILE--
<?php
$ = 5;
--EXPECTF--

Parse error: syntax error, unexpected token "=", expecting variable or "{" or "$" in %s on line 2
--EXPECT_EXIT--
255
