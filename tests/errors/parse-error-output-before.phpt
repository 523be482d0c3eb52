--TEST--
no output is produced when the file does not parse, even code before the error
--FILE--
<?php
echo "this is never printed\n";
$x = ;
--EXPECTF--

Parse error: syntax error, unexpected token ";" in %s on line 3
--EXPECT_EXIT--
255
