--TEST--
WeakReference::create() returns the same instance for the same object while it exists
--FILE--
<?php
$o = new stdClass;
$w1 = WeakReference::create($o);
$w2 = WeakReference::create($o);
var_dump($w1 === $w2);
$p = new stdClass;
var_dump(WeakReference::create($p) === $w1);
--EXPECT--
bool(true)
bool(false)
