--TEST--
open tag inside PHP code is a < token at the top level
--FILE--
<?php
echo 1;
<?php echo 2;
--EXPECTF--

Parse error: syntax error, unexpected token "<", expecting end of file in %s on line 3
--EXPECT_EXIT--
255
