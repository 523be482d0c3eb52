--TEST--
WeakReference::create accepts the named argument object
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create(object: $o);
var_dump($w->get() === $o);
try { WeakReference::create(obj: $o); }
catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
Error: Unknown named parameter $obj
