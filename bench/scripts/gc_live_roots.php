<?php
// Cycle collector, live roots: 200 000 objects stay alive in an array (in live 2-object cycles,
// each with a small array). Every pass copies each one to locals and passes it to functions, so
// its refcount goes up and back down and it re-enters the root buffer; the automatic collector
// runs again and again but finds no garbage.
class Item { public $peer; public $data; public $v; }

function weight(Item $it) { $copy = $it; return $copy->v + $copy->peer->v; }
function first(array $d) { return $d[0]; }

$n = 200000;
$items = [];
for ($i = 0; $i < $n; $i++) {
    $it = new Item; $it->v = $i; $it->data = [$i % 97, $i % 89];
    $items[] = $it;
}
for ($i = 0; $i < $n; $i += 2) { $items[$i]->peer = $items[$i + 1]; $items[$i + 1]->peer = $items[$i]; }
unset($it);

$passes = 12;
$sum = 0;
for ($p = 0; $p < $passes; $p++) {
    foreach ($items as $it) {
        $sum += weight($it);
        $d = $it->data;
        $sum += first($d);
    }
}
unset($it, $d);
$collected = gc_collect_cycles();
$st = gc_status();
echo "items $n passes $passes sum $sum collected $collected", " gc runs {$st['runs']} threshold {$st['threshold']} roots {$st['roots']}", "\n";
