--TEST--
a destructor that unsets the property holding the cycle
--FILE--
<?php
class D {
    public $other;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; unset($this->other); }
}
$a = new D('a'); $b = new D('b');
$a->other = $b; $b->other = $a;
unset($a, $b);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
--EXPECT--
dtor a
dtor b
int(1)
int(0)
