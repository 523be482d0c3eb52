--TEST--
when the first GC destructor throws, the other garbage destructor still runs
--FILE--
<?php
class D {
    public $other;
    function __construct(public string $name, public bool $throw) {}
    function __destruct() {
        echo "dtor {$this->name}\n";
        if ($this->throw) throw new Exception("from {$this->name}");
    }
}
$a = new D('a', true); $b = new D('b', false);
$a->other = $b; $b->other = $a;
unset($a, $b);
try {
    gc_collect_cycles();
    echo "no exception\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump(gc_collect_cycles());
--EXPECT--
dtor a
dtor b
caught: from a
int(0)
