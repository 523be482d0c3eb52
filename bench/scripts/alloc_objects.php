<?php
// Allocation churn: objects with a few properties created and released, a linked list
// rebuilt, the object store's free handles reused.
final class Node { public $next = null; public function __construct(public int $v, public string $tag) {} }
$sum = 0;
for ($round = 0; $round < 40; $round++) {
    $head = null;
    for ($i = 0; $i < 5000; $i++) {
        $n = new Node($i, "t" . ($i & 7));
        $n->next = $head;
        $head = $n;
    }
    for ($n = $head; $n !== null; $n = $n->next) { $sum += $n->v; }
    $head = null;
}
echo $sum, "\n";
