--TEST--
unexpected end of file in an expression
--FILE--
<?php
$x = (1 + 2
--EXPECTF--

Parse error: Unclosed '(' on line 2 in %s on line 3
--EXPECT_EXIT--
255
