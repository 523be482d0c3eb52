--TEST--
two throwing GC destructors: the exceptions are chained as previous
--FILE--
<?php
class D {
    public $other;
    function __construct(public string $name) {}
    function __destruct() { echo "dtor {$this->name}\n"; throw new Exception("from {$this->name}"); }
}
$a = new D('a'); $b = new D('b');
$a->other = $b; $b->other = $a;
unset($a, $b);
try {
    gc_collect_cycles();
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
    echo "previous: ", $e->getPrevious()?->getMessage() ?? 'none', "\n";
}
--EXPECT--
dtor a
dtor b
caught: from b
previous: from a
