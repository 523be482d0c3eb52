--TEST--
declaring the same function twice is a fatal error
--FILE--
<?php
function twice() {}
function twice() {}
--EXPECTF--

Fatal error: Cannot redeclare function twice() (previously declared in %s:2) in %s on line 3
--EXPECT_EXIT--
255
