--TEST--
=> outside an array
--FILE--
<?php
$x = 'a' => 1;
--EXPECTF--

Parse error: syntax error, unexpected token "=>" in %s on line 2
--EXPECT_EXIT--
255
