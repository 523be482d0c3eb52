--TEST--
objects become possible roots when their constructor returns, so GC destructors run in creation order
--FILE--
<?php
class D {
    public $self;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; }
}
$x = new D('x'); $x->self = $x;
$y = new D('y'); $y->self = $y;
$z = new D('z'); $z->self = $z;
echo "roots: ", gc_status()['roots'], "\n";
unset($z); unset($y); unset($x);
echo "roots: ", gc_status()['roots'], "\n";
var_dump(gc_collect_cycles());
--EXPECT--
roots: 3
roots: 3
dtor x
dtor y
dtor z
int(3)
