--TEST--
cannot re-assign $this
--FILE--
<?php
class A { function f() { $this = null; } }
--EXPECTF--

Fatal error: Cannot re-assign $this in %s on line 2
--EXPECT_EXIT--
255
