--TEST--
a referent that is part of a garbage cycle is alive until gc_collect_cycles()
--FILE--
<?php
$o = new stdClass; $o->self = $o;
$w = WeakReference::create($o);
unset($o);
var_dump($w->get() instanceof stdClass);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
bool(true)
int(1)
NULL
