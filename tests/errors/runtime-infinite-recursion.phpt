--TEST--
infinite recursion ends in a fatal error, not a crash
--FILE--
<?php
function r($n) { return r($n + 1) + 1; }
r(0);
--EXPECTF--

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in %s on line 2
--EXPECT_EXIT--
255
