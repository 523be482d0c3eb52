--TEST--
Parse error shape: unterminated-backtick
--FILE--
<?php
echo `ls
--EXPECTF--

Parse error: syntax error, unexpected end of file, expecting "`" in %s on line 3
--EXPECT_EXIT--
255
