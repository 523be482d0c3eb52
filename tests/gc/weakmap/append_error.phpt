--TEST--
$m[] = 1 on a WeakMap throws Error
--FILE--
<?php
$m = new WeakMap;
try { $m[] = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Error: Cannot append to WeakMap
