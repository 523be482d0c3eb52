--TEST--
cannot use a scalar value as an array when writing
--FILE--
<?php
$i = 1;
$i[0] = 2;
echo "after\n";
--EXPECTF--

Fatal error: Uncaught Error: Cannot use a scalar value as an array in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
