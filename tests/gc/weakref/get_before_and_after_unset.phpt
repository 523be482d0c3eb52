--TEST--
get() returns the object while it lives and null after its last holder is unset
--FILE--
<?php
$o = new stdClass;
$o->name = 'x';
$w = WeakReference::create($o);
var_dump($w->get()->name);
var_dump($w->get() === $o);
unset($o);
var_dump($w->get());
--EXPECT--
string(1) "x"
bool(true)
NULL
