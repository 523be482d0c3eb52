--TEST--
holding the result of get() keeps the object alive
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
$again = $w->get();
unset($o);
var_dump($w->get() === $again);
unset($again);
var_dump($w->get());
--EXPECT--
bool(true)
NULL
