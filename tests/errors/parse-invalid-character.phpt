--TEST--
an invalid character in code
--FILE--
<?php
$x = 1 # 2;
$y = 3 ` 4;
--EXPECTF--

Parse error: syntax error, unexpected variable "$y" in %s on line 3
--EXPECT_EXIT--
255
