--TEST--
unserializing a WeakReference payload fails
--FILE--
<?php
try { var_dump(unserialize('O:13:"WeakReference":0:{}')); }
catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
Exception: Unserialization of 'WeakReference' is not allowed
