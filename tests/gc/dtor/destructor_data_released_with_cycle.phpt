--TEST--
garbage with a destructor and private strings: the rerun frees and counts everything
--FILE--
<?php
class D {
    public $self;
    public $s;
    public $arr;
    function __construct() { $this->s = str_repeat('x', 64); }
    function __destruct() { echo "dtor\n"; }
}
$d = new D; $d->self = $d; $d->arr = [1, 2];
unset($d);
var_dump(gc_collect_cycles());
--EXPECT--
dtor
int(3)
