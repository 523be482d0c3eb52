--TEST--
reading an undefined property on a WeakReference warns; isset is false
--FILE--
<?php
$o = new stdClass;
$w = WeakReference::create($o);
var_dump($w->x);
var_dump(isset($w->x));
--EXPECTF--

Warning: Undefined property: WeakReference::$x in %s on line 4
NULL
bool(false)
