--TEST--
Live objects passed through functions in a foreach: the automatic runs and threshold as PHP's
--FILE--
<?php
class Item { public $peer; public $data; public $v; }
function weight(Item $it) { $copy = $it; return $copy->v + $copy->peer->v; }
function first(array $d) { return $d[0]; }
$n = 20000;
$items = [];
for ($i = 0; $i < $n; $i++) {
    $it = new Item; $it->v = $i; $it->data = [$i % 97, $i % 89];
    $items[] = $it;
}
$s = gc_status(); echo "built: runs {$s['runs']} roots {$s['roots']} thr {$s['threshold']}\n";
for ($i = 0; $i < $n; $i += 2) { $items[$i]->peer = $items[$i + 1]; $items[$i + 1]->peer = $items[$i]; }
unset($it);
$s = gc_status(); echo "linked: runs {$s['runs']} roots {$s['roots']} thr {$s['threshold']}\n";
$sum = 0;
for ($p = 0; $p < 12; $p++) {
    foreach ($items as $it) {
        $sum += weight($it);
        $d = $it->data;
        $sum += first($d);
    }
    $s = gc_status(); echo "pass $p: runs {$s['runs']} roots {$s['roots']} thr {$s['threshold']}\n";
}
--EXPECT--
built: runs 1 roots 9999 thr 20001
linked: runs 1 roots 10000 thr 20001
pass 0: runs 3 roots 4 thr 40001
pass 1: runs 4 roots 6 thr 50001
pass 2: runs 4 roots 40001 thr 50001
pass 3: runs 4 roots 40001 thr 50001
pass 4: runs 4 roots 40001 thr 50001
pass 5: runs 4 roots 40001 thr 50001
pass 6: runs 4 roots 40001 thr 50001
pass 7: runs 4 roots 40001 thr 50001
pass 8: runs 4 roots 40001 thr 50001
pass 9: runs 4 roots 40001 thr 50001
pass 10: runs 4 roots 40001 thr 50001
pass 11: runs 4 roots 40001 thr 50001
