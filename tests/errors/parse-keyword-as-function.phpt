--TEST--
using a reserved keyword as a function name
--FILE--
<?php
function list() {}
--EXPECTF--

Parse error: syntax error, unexpected token "list", expecting "(" in %s on line 2
--EXPECT_EXIT--
255
