--TEST--
Parse error shape: unterminated-single-multiline
--FILE--
<?php
echo 'abc
def
--EXPECTF--

Parse error: syntax error, unexpected string content "abc" in %s on line 2
--EXPECT_EXIT--
255
