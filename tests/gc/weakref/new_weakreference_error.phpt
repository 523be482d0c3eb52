--TEST--
new WeakReference throws Error
--FILE--
<?php
try { $w = new WeakReference; }
catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Error: Direct instantiation of WeakReference is not allowed, use WeakReference::create instead
