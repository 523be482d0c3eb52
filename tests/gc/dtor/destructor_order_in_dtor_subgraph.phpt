--TEST--
destructors of a garbage chain a -> b -> c -> a run in buffer order and all are freed
--FILE--
<?php
class D {
    public $next;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; }
}
$a = new D('a'); $b = new D('b'); $c = new D('c');
$a->next = $b; $b->next = $c; $c->next = $a;
unset($b);
unset($c);
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
dtor a
dtor b
dtor c
int(3)
