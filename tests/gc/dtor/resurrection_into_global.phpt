--TEST--
a destructor storing $this in a global resurrects the object: nothing is collected
--FILE--
<?php
class D {
    public $self;
    function __destruct() { echo "dtor\n"; $GLOBALS['saved'] = $this; }
}
$d = new D; $d->self = $d;
unset($d);
var_dump(gc_collect_cycles());
var_dump($saved instanceof D, $saved->self === $saved);
--EXPECT--
dtor
int(0)
bool(true)
bool(true)
