--TEST--
cloning a WeakReference throws Error
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
try { $c = clone $w; }
catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Error: Trying to clone an uncloneable object of class WeakReference
