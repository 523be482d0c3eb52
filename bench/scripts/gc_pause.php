<?php
// Cycle collector pause: builds a ring of 1 000 000 objects (doubly linked: a singly linked
// ring this long overflows PHP's C stack while the collector frees it, php-src #18717), drops
// it, and times only the gc_collect_cycles() that reclaims it. The pause goes to STDERR as
// "gc pause: X ms" (bench/run.py reads it from there), the count to stdout, which stays
// deterministic.
ini_set('memory_limit', '1024M');
class Node { public $prev; public $next; public $id; }

$n = 1000000;
$first = new Node; $first->id = 0; $p = $first;
for ($i = 1; $i < $n; $i++) { $q = new Node; $q->id = $i; $q->prev = $p; $p->next = $q; $p = $q; }
$p->next = $first; $first->prev = $p;
unset($first, $p, $q);

$t0 = hrtime(true);
$count = gc_collect_cycles();
$t1 = hrtime(true);
fwrite(STDERR, sprintf("gc pause: %.3f ms\n", ($t1 - $t0) / 1e6));
$st = gc_status();
echo "ring $n collected $count", " gc runs {$st['runs']} threshold {$st['threshold']} roots {$st['roots']}", "\n";
