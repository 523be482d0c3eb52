<?php
// Cycle collector, one huge graph: 1 000 000 objects linked in a ring, with cross links, small
// arrays holding more links, and the array of all nodes hanging off node 0 (1 100 000 nodes in
// all). It is built with the automatic collector off (so the timing is about the one
// collection, not about re-scanning the growing live graph), dropped, and reclaimed by a single
// explicit gc_collect_cycles(), whose count is printed.
ini_set('memory_limit', '1024M');
class Node { public $next; public $cross; public $data; }

$n = 1000000;
gc_disable();
$all = [];
for ($i = 0; $i < $n; $i++) { $all[] = new Node; }
for ($i = 0; $i < $n; $i++) {
    $o = $all[$i];
    $o->next = $all[($i + 1) % $n];
    if ($i % 3 == 0) { $o->cross = $all[($i * 7919) % $n]; }
    if ($i % 10 == 0) { $o->data = [$i, $all[($i * 31) % $n], 'back' => $all[$n - 1 - $i]]; }
}
$all[0]->data = $all;
unset($all, $o);
gc_enable();
$count = gc_collect_cycles();
$st = gc_status();
echo "nodes $n collected $count", " gc runs {$st['runs']} threshold {$st['threshold']} roots {$st['roots']}", "\n";
