--TEST--
inside a destructor called by the collector, a WeakReference to the object still returns it
--FILE--
<?php
class D {
    public $self;
    function __destruct() { global $w; var_dump($w->get() === $this); }
}
$d = new D; $d->self = $d;
$w = WeakReference::create($d);
unset($d);
gc_collect_cycles();
var_dump($w->get());
--EXPECT--
bool(true)
NULL
