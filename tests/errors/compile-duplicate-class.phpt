--TEST--
declaring the same class twice is a fatal error
--FILE--
<?php
class Twice {}
class Twice {}
--EXPECTF--

Fatal error: Cannot redeclare class Twice (previously declared in %s:2) in %s on line 3
--EXPECT_EXIT--
255
