--TEST--
Parse error shape: catch-at-top-level
--FILE--
<?php
if (1) {} elseif (2) {}
catch {}
--EXPECTF--

Parse error: syntax error, unexpected token "catch", expecting end of file in %s on line 3
--EXPECT_EXIT--
255
