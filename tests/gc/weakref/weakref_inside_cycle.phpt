--TEST--
a WeakReference stored inside the cycle of its own referent does not keep it alive
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->w = WeakReference::create($o);
$w = $o->w;
unset($o);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
int(1)
NULL
