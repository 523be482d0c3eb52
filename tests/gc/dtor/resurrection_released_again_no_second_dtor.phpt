--TEST--
a resurrected object released again is collected without a second destructor call
--FILE--
<?php
class D {
    public $self;
    function __destruct() { echo "dtor\n"; $GLOBALS['saved'] = $this; }
}
$d = new D; $d->self = $d;
unset($d);
var_dump(gc_collect_cycles());
unset($saved);
var_dump(gc_collect_cycles());
echo "end\n";
--EXPECT--
dtor
int(0)
int(1)
end
