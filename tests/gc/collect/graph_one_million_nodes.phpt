--TEST--
a doubly linked ring of 1000000 objects is collected in one call
--FILE--
<?php
class N { public $prev; public $next; }
gc_disable();
$first = new N; $prev = $first;
for ($i = 1; $i < 1000000; $i++) { $n = new N; $n->prev = $prev; $prev->next = $n; $prev = $n; }
$prev->next = $first; $first->prev = $prev;
unset($first, $prev, $n);
gc_enable();
var_dump(gc_status()['roots']);
var_dump(gc_collect_cycles());
var_dump(gc_status()['roots']);
--EXPECT--
int(1000000)
int(1000000)
int(0)
