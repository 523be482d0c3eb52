--TEST--
a destructor storing $this in a function static resurrects it
--FILE--
<?php
function keeper($o = null) { static $kept = []; if ($o) $kept[] = $o; return $kept; }
class D {
    public $self;
    function __destruct() { echo "dtor\n"; keeper($this); }
}
$d = new D; $d->self = $d;
unset($d);
var_dump(gc_collect_cycles());
var_dump(count(keeper()));
var_dump(gc_collect_cycles());
--EXPECT--
dtor
int(0)
int(1)
int(0)
