--TEST--
gc_collect_cycles() called from a destructor that the collector invoked returns 0
--FILE--
<?php
class D {
    public $self;
    function __destruct() { echo "nested: "; var_dump(gc_collect_cycles()); }
}
$junk = new stdClass; $junk->self = $junk; unset($junk);
$d = new D; $d->self = $d; unset($d);
var_dump(gc_collect_cycles());
--EXPECT--
nested: int(0)
int(2)
