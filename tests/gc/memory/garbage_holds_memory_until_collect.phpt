--TEST--
unreachable cycles keep their memory until gc_collect_cycles()
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

class Node { public $next; public $pad; }
$base = mem();
$first = new Node; $prev = $first;
for ($i = 1; $i < 500; $i++) { $n = new Node; $prev->next = $n; $prev = $n; }
$prev->next = $first;
unset($first, $prev, $n);
echo "after unset: ", mem() - $base, "\n";
gc_collect_cycles();
echo "after collect: ", mem() - $base, "\n";
--EXPECT--
start
after unset: 40000
after collect: 0
