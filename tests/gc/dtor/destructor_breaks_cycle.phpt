--TEST--
a destructor that breaks the cycle itself: the object is still freed in the same call
--FILE--
<?php
class D {
    public $self;
    function __destruct() { echo "dtor\n"; $this->self = null; }
}
$d = new D; $d->self = $d;
$w = WeakReference::create($d);
unset($d);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
dtor
int(1)
NULL
