--TEST--
serializing a WeakMap throws; unserializing one fails
--FILE--
<?php
$m = new WeakMap;
try { serialize($m); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { unserialize('O:7:"WeakMap":0:{}'); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Exception: Serialization of 'WeakMap' is not allowed
Exception: Unserialization of 'WeakMap' is not allowed
