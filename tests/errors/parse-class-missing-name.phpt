--TEST--
class declaration without a name
--FILE--
<?php
class { }
--EXPECTF--

Parse error: syntax error, unexpected token "{", expecting identifier in %s on line 2
--EXPECT_EXIT--
255
