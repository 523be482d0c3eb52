--TEST--
a destructor storing $this in a static property resurrects it and its partner
--FILE--
<?php
class D {
    public static $graveyard = [];
    public $other;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; if ($this->name === 'a') self::$graveyard[] = $this; }
}
$a = new D('a'); $b = new D('b');
$a->other = $b; $b->other = $a;
unset($a, $b);
var_dump(gc_collect_cycles());
var_dump(D::$graveyard[0]->other->name);
D::$graveyard = [];
var_dump(gc_collect_cycles());
--EXPECT--
dtor a
dtor b
int(0)
string(1) "b"
int(2)
