--TEST--
interfaces may not include plain properties
--FILE--
<?php
interface I { public $x; }
--EXPECTF--

Fatal error: Interfaces may only include hooked properties in %s on line 2
--EXPECT_EXIT--
255
