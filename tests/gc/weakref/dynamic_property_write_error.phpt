--TEST--
writing a property on a WeakReference throws Error
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
try { $w->x = 1; }
catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Error: Cannot create dynamic property WeakReference::$x
