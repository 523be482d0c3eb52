--TEST--
a ring of 10 objects with declared properties counts 10
--FILE--
<?php
class Node { public $next; public $id; }
$first = new Node; $first->id = 0; $prev = $first;
for ($i = 1; $i < 10; $i++) { $n = new Node; $n->id = $i; $prev->next = $n; $prev = $n; }
$prev->next = $first;
unset($first, $prev, $n);
var_dump(gc_collect_cycles());
--EXPECT--
int(10)
