--TEST--
Parse error shape: by-ref-function-named-keyword
--FILE--
<?php
function &list() {}
--EXPECTF--

Parse error: syntax error, unexpected token "list", expecting "(" in %s on line 2
--EXPECT_EXIT--
255
