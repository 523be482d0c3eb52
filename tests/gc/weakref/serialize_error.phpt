--TEST--
serializing a WeakReference throws Exception
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
try { serialize($w); }
catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { serialize([$w]); }
catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Exception: Serialization of 'WeakReference' is not allowed
Exception: Serialization of 'WeakReference' is not allowed
