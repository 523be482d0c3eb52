--TEST--
an exception thrown by a destructor during gc_collect_cycles() propagates to the caller
--FILE--
<?php
class D {
    public $self;
    function __destruct() { echo "dtor\n"; throw new RuntimeException('from dtor'); }
}
$d = new D; $d->self = $d;
$w = WeakReference::create($d);
unset($d);
try {
    $n = gc_collect_cycles();
    echo "returned $n\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump($w->get() === null);
var_dump(gc_collect_cycles());
var_dump($w->get() === null);
--EXPECT--
dtor
caught: from dtor
bool(true)
int(0)
bool(true)
