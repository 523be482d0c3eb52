--TEST--
unterminated double-quoted string
--FILE--
<?php
echo "never closed;
--EXPECTF--

Parse error: syntax error, unexpected end of file, expecting variable or "${" or "{$" in %s on line 3
--EXPECT_EXIT--
255
