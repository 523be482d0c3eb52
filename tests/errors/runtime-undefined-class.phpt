--TEST--
instantiating an undefined class is an uncaught Error
--FILE--
<?php
echo "before\n";
new DoesNotExist();
--EXPECTF--
before

Fatal error: Uncaught Error: Class "DoesNotExist" not found in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
