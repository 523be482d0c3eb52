--TEST--
WeakReference internal methods: argument count errors and their traces
--FILE--
<?php
try { WeakReference::create(new stdClass, 5); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$w = WeakReference::create($o = new stdClass);
try { $w->get(1, "a"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
--EXPECTF--
WeakReference::create() expects exactly 1 argument, 2 given
#0 %s(2): WeakReference::create(Object(stdClass), 5)
#1 {main}
WeakReference::get() expects exactly 0 arguments, 2 given
#0 %s(4): WeakReference->get(1, 'a')
#1 {main}
