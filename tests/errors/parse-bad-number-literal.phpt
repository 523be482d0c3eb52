--TEST--
invalid numeric literal
--FILE--
<?php
$x = 1_000_;
--EXPECTF--

Parse error: syntax error, unexpected identifier "_" in %s on line 2
--EXPECT_EXIT--
255
