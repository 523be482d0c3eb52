--TEST--
new garbage with a destructor created during GC destructors: the rerun calls it but no third run frees it
--FILE--
<?php
class Inner {
    public $self;
    function __destruct() { echo "inner dtor\n"; }
}
class Outer {
    public $self;
    function __destruct() { echo "outer dtor\n"; $i = new Inner; $i->self = $i; }
}
$o = new Outer; $o->self = $o;
unset($o);
$r0 = gc_status()['runs'];
var_dump(gc_collect_cycles());
var_dump(gc_status()['runs'] - $r0);
echo "---\n";
var_dump(gc_collect_cycles());
var_dump(gc_status()['runs'] - $r0);
--EXPECT--
outer dtor
inner dtor
int(1)
int(2)
---
int(1)
int(3)
