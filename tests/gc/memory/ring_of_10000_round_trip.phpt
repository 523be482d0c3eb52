--TEST--
building and collecting a 10000-object ring twice returns to the same usage
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

class Node { public $next; }
function ring($n) {
    $first = new Node; $prev = $first;
    for ($i = 1; $i < $n; $i++) { $o = new Node; $prev->next = $o; $prev = $o; }
    $prev->next = $first;
}
ring(10000);       // warm up: object store grows once
gc_collect_cycles();
$base = mem();
ring(10000);
echo "garbage: ", mem() - $base, "\n";
gc_collect_cycles();
echo "after collect: ", mem() - $base, "\n";
ring(10000);
gc_collect_cycles();
echo "second round: ", mem() - $base, "\n";
--EXPECT--
start
garbage: 560000
after collect: 0
second round: 0
