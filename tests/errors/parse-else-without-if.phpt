--TEST--
else without if
--FILE--
<?php
else { echo 1; }
--EXPECTF--

Parse error: syntax error, unexpected token "else", expecting end of file in %s on line 2
--EXPECT_EXIT--
255
