--TEST--
with zend.enable_gc=0 from startup nothing is buffered and gc_collect_cycles() returns 0
--INI--
zend.enable_gc=0
--FILE--
<?php
$o = new stdClass; $o->self = $o;
$w = WeakReference::create($o);
unset($o);
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
var_dump($w->get() !== null);
var_dump(gc_status()['runs']);
--EXPECT--
int(0)
int(0)
bool(true)
int(0)
