--TEST--
garbage cycles created by a GC destructor are freed by the immediate rerun in the same call
--FILE--
<?php
class D {
    public $self;
    function __destruct() {
        echo "dtor\n";
        $x = new stdClass; $x->self = $x;
        $y = new stdClass; $y->self = $y;
    }
}
$d = new D; $d->self = $d;
unset($d);
var_dump(gc_collect_cycles());
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
--EXPECT--
dtor
int(3)
int(0)
int(0)
