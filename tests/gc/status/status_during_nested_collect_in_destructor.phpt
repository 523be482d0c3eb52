--TEST--
a nested gc_collect_cycles() from a GC destructor leaves runs and collected unchanged
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

class D {
    public $self;
    function __destruct() { st("in dtor before"); gc_collect_cycles(); st("in dtor after"); }
}
$d = new D; $d->self = $d; unset($d);
gc_collect_cycles();
st("end");
--EXPECT--
in dtor before: runs=1 collected=0 threshold=10001 roots=1
in dtor after: runs=1 collected=0 threshold=10001 roots=1
end: runs=2 collected=1 threshold=10001 roots=0
