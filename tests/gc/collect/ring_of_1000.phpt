--TEST--
a ring of 1000 objects counts 1000 and a second collect returns 0
--FILE--
<?php
class Node { public $next; }
$first = new Node; $prev = $first;
for ($i = 1; $i < 1000; $i++) { $n = new Node; $prev->next = $n; $prev = $n; }
$prev->next = $first;
unset($first, $prev, $n);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
--EXPECT--
int(1000)
int(0)
