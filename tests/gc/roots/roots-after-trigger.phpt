--TEST--
Roots released after the one that fills the buffer join it after the collection, as PHP collects at once
--FILE--
<?php
class Item { public $peer; }
function w($a, $b) { return 1; }
$items = []; $others = [];
for ($i = 0; $i < 25000; $i++) { $it = new Item; $it->peer = $it; $items[] = $it; $o = new Item; $o->peer = $o; $others[] = $o; }
unset($it, $o);
gc_collect_cycles();
$k = 0; $last = gc_status()['runs'];
for ($i = 0; $i < 25000; $i++) {
    $s = w($items[$i], $others[$i]);
    $st = gc_status();
    if ($st['runs'] != $last) { echo "i=$i runs {$st['runs']} roots {$st['roots']} thr {$st['threshold']}\n"; $last = $st['runs']; }
}
--EXPECT--
i=15000 runs 4 roots 2 thr 40001
