--TEST--
without a constructor, GC destructors run in the order the objects became roots (unset order)
--FILE--
<?php
class D {
    public $self;
    public $name;
    function __destruct() { echo "dtor {$this->name}\n"; }
}
$x = new D; $x->name = 'x'; $x->self = $x;
$y = new D; $y->name = 'y'; $y->self = $y;
$z = new D; $z->name = 'z'; $z->self = $z;
echo "roots: ", gc_status()['roots'], "\n";
unset($z); unset($y); unset($x);
echo "roots: ", gc_status()['roots'], "\n";
var_dump(gc_collect_cycles());
--EXPECT--
roots: 0
roots: 3
dtor z
dtor y
dtor x
int(3)
