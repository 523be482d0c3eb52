--TEST--
an object resurrected by its destructor during GC is still reachable through its WeakReference
--FILE--
<?php
class D {
    public $self;
    function __destruct() { $GLOBALS['saved'] = $this; }
}
$d = new D; $d->self = $d;
$w = WeakReference::create($d);
unset($d);
var_dump(gc_collect_cycles());
var_dump($w->get() === $saved);
unset($saved);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
int(0)
bool(true)
int(1)
NULL
