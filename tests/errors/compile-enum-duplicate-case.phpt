--TEST--
enum with a duplicate case value is an error when the enum is first used
--FILE--
<?php
enum E: int { case A = 1; case B = 1; }
var_dump(E::from(1));
--EXPECTF--

Fatal error: Uncaught Error: Duplicate value in enum E for cases A and B in %s:3
Stack trace:
#0 %s(3): E::from(1)
#1 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
