--TEST--
an array literal closed with a parenthesis
--FILE--
<?php
$a = [1, 2);
--EXPECTF--

Parse error: Unclosed '[' does not match ')' in %s on line 2
--EXPECT_EXIT--
255
