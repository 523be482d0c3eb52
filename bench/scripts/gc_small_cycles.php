<?php
// Cycle collector, many small dropped cycles: each iteration makes a 2-object cycle, a
// self-referencing object, an object<->array cycle and a closure capturing its owner, then
// drops them by overwriting the variables. Only the automatic collector (root buffer full)
// reclaims them, so it runs many times; a final explicit collection sweeps the rest.
class Node { public $a; public $b; public $v; }

$n = 500000;
$sum = 0;
for ($i = 0; $i < $n; $i++) {
    $x = new Node; $y = new Node;             // 2-object cycle
    $x->a = $y; $y->a = $x; $x->v = $i;
    $s = new Node; $s->a = $s; $s->v = $i & 7; // self cycle
    $w = new Node; $w->b = [$w, $i];           // object <-> array
    $c = new Node;                             // object <-> closure
    $c->b = function () use ($c) { return $c->v; };
    $c->v = 1;
    $sum += $x->a->a->v + $s->a->v + $w->b[1] + ($c->b)();
}
unset($x, $y, $s, $w, $c);
gc_collect_cycles();
$st = gc_status();
echo "cycles $n sum $sum collected {$st['collected']}", " gc runs {$st['runs']} threshold {$st['threshold']} roots {$st['roots']}", "\n";
