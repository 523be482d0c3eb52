--TEST--
uncaught UnhandledMatchError output
--FILE--
<?php
$v = 5;
echo match ($v) { 1 => 'x' };
--EXPECTF--

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 5 in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
