--TEST--
an object storing a closure bound to $this forms a collectable cycle
--FILE--
<?php
class C {
    public $f;
    public function __construct() { $this->f = function () { return $this; }; }
}
$c = new C;
unset($c);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
