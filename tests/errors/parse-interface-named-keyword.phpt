--TEST--
Parse error shape: interface-named-keyword
--FILE--
<?php
interface list {}
--EXPECTF--

Parse error: syntax error, unexpected token "list", expecting identifier in %s on line 2
--EXPECT_EXIT--
255
