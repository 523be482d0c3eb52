--TEST--
modifying a readonly property uncaught
--FILE--
<?php
class R { public function __construct(public readonly int $x) {} }
$r = new R(1);
$r->x = 2;
--EXPECTF--

Fatal error: Uncaught Error: Cannot modify readonly property R::$x in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
--EXPECT_EXIT--
255
