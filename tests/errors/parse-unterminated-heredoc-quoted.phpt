--TEST--
Parse error shape: unterminated-heredoc-quoted
--FILE--
<?php
echo <<<"EOT"
abc
--EXPECTF--

Parse error: syntax error, unexpected end of file, expecting variable or heredoc end or "${" or "{$" in %s on line 4
--EXPECT_EXIT--
255
