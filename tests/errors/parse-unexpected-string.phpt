--TEST--
string literal directly after a variable
--FILE--
<?php
$a = 1;
echo $a "x";
--EXPECTF--

Parse error: syntax error, unexpected double-quoted string "x", expecting "," or ";" in %s on line 3
--EXPECT_EXIT--
255
