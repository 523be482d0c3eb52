--TEST--
redeclaring a builtin function is a fatal error
--FILE--
<?php
function strlen($x) { return 0; }
--EXPECTF--

Fatal error: Cannot redeclare function strlen() in %s on line 2
--EXPECT_EXIT--
255
