--TEST--
duplicate parameter names
--FILE--
<?php
function f($a, $a) {}
--EXPECTF--

Fatal error: Redefinition of parameter $a in %s on line 2
--EXPECT_EXIT--
255
