--TEST--
WeakReference::get() takes no arguments; create() needs one
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
try { $w->get(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { WeakReference::create(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
WeakReference::get() expects exactly 0 arguments, 1 given
WeakReference::create() expects exactly 1 argument, 0 given
