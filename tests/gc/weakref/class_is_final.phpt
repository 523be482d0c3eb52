--TEST--
WeakReference cannot be extended
--FILE--
<?php
class MyRef extends WeakReference {}
echo "not reached\n";
--EXPECTF--

Fatal error: Class MyRef cannot extend final class WeakReference in %s on line 2
--EXPECT_EXIT--
255
