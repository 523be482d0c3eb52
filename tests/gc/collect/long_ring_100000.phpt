--TEST--
a ring of 100000 objects is freed by gc_collect_cycles without crashing
--FILE--
<?php
class Node { public $next; }
$first = new Node; $prev = $first;
for ($i = 1; $i < 100000; $i++) { $n = new Node; $prev->next = $n; $prev = $n; }
$prev->next = $first;
unset($first, $prev, $n);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
echo "done\n";
--EXPECT--
int(100000)
int(0)
done
