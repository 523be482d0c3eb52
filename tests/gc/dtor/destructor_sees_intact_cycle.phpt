--TEST--
during a GC destructor the other members of the garbage cycle are still intact
--FILE--
<?php
class D {
    public $other;
    public $data;
    function __construct(public string $name) { $this->data = str_repeat($name, 3); }
    function __destruct() { echo "{$this->name} sees {$this->other->name} with {$this->other->data}\n"; }
}
$a = new D('a'); $b = new D('b');
$a->other = $b; $b->other = $a;
unset($a, $b);
var_dump(gc_collect_cycles());
--EXPECT--
a sees b with bbb
b sees a with aaa
int(6)
