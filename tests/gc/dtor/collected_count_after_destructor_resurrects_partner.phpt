--TEST--
a destructor resurrecting its cycle partner keeps the whole cycle
--FILE--
<?php
class D {
    public $other;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; if ($this->name === 'b') $GLOBALS['partner'] = $this->other; }
}
$a = new D('a'); $b = new D('b');
$a->other = $b; $b->other = $a;
unset($a, $b);
var_dump(gc_collect_cycles());
var_dump($partner->name, $partner->other->name);
unset($partner);
var_dump(gc_collect_cycles());
--EXPECT--
dtor a
dtor b
int(0)
string(1) "a"
string(1) "b"
int(2)
