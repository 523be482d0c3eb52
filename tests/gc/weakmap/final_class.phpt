--TEST--
WeakMap cannot be extended
--FILE--
<?php
class MyMap extends WeakMap {}
--EXPECTF--

Fatal error: Class MyMap cannot extend final class WeakMap in %s on line 2
--EXPECT_EXIT--
255
