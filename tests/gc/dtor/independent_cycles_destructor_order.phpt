--TEST--
destructors of three separate garbage cycles run in root-buffer order
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
unset($y); unset($z); unset($x);
var_dump(gc_collect_cycles());
--EXPECT--
dtor x
dtor y
dtor z
int(3)
