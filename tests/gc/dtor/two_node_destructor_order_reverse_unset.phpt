--TEST--
destructor order when the cycle's variables are unset in the other order
--FILE--
<?php
class D {
    public $other;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; }
}
$a = new D('a'); $b = new D('b');
$a->other = $b; $b->other = $a;
unset($b, $a);
var_dump(gc_collect_cycles());
--EXPECT--
dtor a
dtor b
int(2)
