--TEST--
after the WeakReference itself is freed, create() returns a new one
--FILE--
<?php
$o = new stdClass;
$w1 = WeakReference::create($o);
unset($w1);
$w2 = WeakReference::create($o);
var_dump($w2->get() === $o);
var_dump(WeakReference::create($o) === $w2);
--EXPECT--
bool(true)
bool(true)
