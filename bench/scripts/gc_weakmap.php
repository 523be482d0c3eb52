<?php
// WeakMap and WeakReference churn. Each of 40 rounds inserts 20 000 keys into a WeakMap;
// dropping half of them makes their entries vanish at once; the map is counted and iterated;
// the remaining keys are put in cycles (self cycles, and entries whose value holds the key) so
// that only the cycle collector frees them, after which the map is empty again. Then 800 000
// WeakReference create/get on short-lived objects.
class Key { public $self; public function __construct(public int $id) {} }

$rounds = 40; $k = 20000;
$map = new WeakMap;
$counts = 0; $sum = 0;
for ($r = 0; $r < $rounds; $r++) {
    $keys = [];
    for ($i = 0; $i < $k; $i++) { $key = new Key($i); $keys[] = $key; $map[$key] = $i + $r; }
    unset($key);
    for ($i = 0; $i < $k; $i += 2) { unset($keys[$i]); }   // entries vanish now
    $counts += count($map);
    foreach ($map as $key => $v) { $sum += $v + $key->id; }
    unset($key);
    foreach ($keys as $i => $key) {
        if ($i % 4 == 1) { $key->self = $key; } else { $map[$key] = [$key, $i]; }
    }
    unset($key);
    $keys = [];
    gc_collect_cycles();
    $counts += count($map);                                 // 0: the collector emptied it
    foreach ($map as $v) { $sum++; }
}

$alive = 0; $same = 0; $gone = 0;
for ($i = 0; $i < 800000; $i++) {
    $o = new Key($i);
    $ref = WeakReference::create($o);
    if ($ref->get() === $o) { $alive++; }
    if (WeakReference::create($o) === $ref) { $same++; }
    unset($o);
    if ($ref->get() === null) { $gone++; }
}
$st = gc_status();
echo "rounds $rounds counts $counts sum $sum collected {$st['collected']} refs $alive $same $gone", " gc runs {$st['runs']} threshold {$st['threshold']} roots {$st['roots']}", "\n";
