--TEST--
a resurrected object that is no longer in a cycle dies by refcount later without a second destructor
--FILE--
<?php
class D {
    public $self;
    function __destruct() { echo "dtor\n"; $this->self = null; $GLOBALS['saved'] = $this; }
}
$d = new D; $d->self = $d;
unset($d);
var_dump(gc_collect_cycles());
$w = WeakReference::create($saved);
unset($saved);
var_dump($w->get());
echo "end\n";
--EXPECT--
dtor
int(0)
NULL
end
