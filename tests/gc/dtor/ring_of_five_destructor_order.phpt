--TEST--
destructor order in a ring of five objects with one buffered root
--FILE--
<?php
class D {
    public $next;
    function __construct(public int $id) {}
    function __destruct() { echo "dtor {$this->id}\n"; }
}
$first = new D(0); $prev = $first;
for ($i = 1; $i < 5; $i++) { $n = new D($i); $prev->next = $n; $prev = $n; }
$prev->next = $first;
unset($n, $prev);
gc_collect_cycles();      // all live: only $first keeps them
echo "---\n";
unset($first);
var_dump(gc_collect_cycles());
--EXPECT--
---
dtor 0
dtor 1
dtor 2
dtor 3
dtor 4
int(5)
