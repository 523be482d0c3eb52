--TEST--
unexpected token in expression
--FILE--
<?php
$x = 1 + * 2;
--EXPECTF--

Parse error: syntax error, unexpected token "*" in %s on line 2
--EXPECT_EXIT--
255
