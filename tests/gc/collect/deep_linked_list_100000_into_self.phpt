--TEST--
a 100000-object list whose tail points to the head of a 2-object cycle is collected in one call
--FILE--
<?php
class Node { public $next; public $tail; }
$a = new Node; $b = new Node; $a->next = $b; $b->next = $a;
$prev = $b;
for ($i = 0; $i < 100000; $i++) { $n = new Node; $n->next = $prev; $prev = $n; }
$a->tail = $prev;   // closes the loop over the whole list
unset($a, $b, $prev, $n);
var_dump(gc_collect_cycles());
--EXPECT--
int(100002)
