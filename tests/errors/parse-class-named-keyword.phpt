--TEST--
Parse error shape: class-named-keyword
--FILE--
<?php
class list {}
--EXPECTF--

Parse error: syntax error, unexpected token "list", expecting identifier in %s on line 2
--EXPECT_EXIT--
255
