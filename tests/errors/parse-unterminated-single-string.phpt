--TEST--
unterminated single-quoted string
--FILE--
<?php
echo 'never closed;
echo "more";
--EXPECTF--

Parse error: syntax error, unexpected string content "never closed;" in %s on line 2
--EXPECT_EXIT--
255
