--TEST--
WeakMap refuses dynamic properties
--FILE--
<?php
$m = new WeakMap;
try { $m->x = 1; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Error: Cannot create dynamic property WeakMap::$x
