--TEST--
an operator at the start of a top-level statement expects the end of file
--FILE--
<?php
$x = 1;
<> 1;
--EXPECTF--

Parse error: syntax error, unexpected token "!=", expecting end of file in %s on line 3
--EXPECT_EXIT--
255
