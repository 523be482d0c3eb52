--TEST--
one buffered root is enough to collect a whole 50-object ring
--FILE--
<?php
class Node { public $next; }
$nodes = [];
for ($i = 0; $i < 50; $i++) $nodes[] = new Node;
for ($i = 0; $i < 50; $i++) $nodes[$i]->next = $nodes[($i + 1) % 50];
$keep = $nodes[7];
unset($nodes);
gc_collect_cycles();              // everything is still reachable through $keep
echo "roots: ", gc_status()['roots'], "\n";
unset($keep);                     // the only new possible root
echo "roots: ", gc_status()['roots'], "\n";
var_dump(gc_collect_cycles());
--EXPECT--
roots: 0
roots: 1
int(50)
