<?php
// Cycle collector with destructors: objects with __destruct dropped in 2-object cycles and
// self cycles. The automatic collector reclaims most of them, explicit gc_collect_cycles() calls
// every 10 000 iterations reclaim the rest. Every 1000th destructor resurrects its object (stores
// $this in a static array); those are released at the end and must be collected without a
// second destructor call.
class Res {
    public static int $calls = 0;
    public static int $idSum = 0;
    public static array $saved = [];
    public $peer;
    public function __construct(public int $id) {}
    public function __destruct() {
        self::$calls++;
        self::$idSum += $this->id;
        if ($this->id % 1000 == 0) { self::$saved[] = $this; }
    }
}

$n = 800000;
for ($i = 0; $i < $n; $i++) {
    $a = new Res(3 * $i); $b = new Res(3 * $i + 1);
    $a->peer = $b; $b->peer = $a;
    $s = new Res(3 * $i + 2); $s->peer = $s;
    if ($i % 10000 == 9999) { gc_collect_cycles(); }
}
unset($a, $b, $s);
gc_collect_cycles();
$resurrected = count(Res::$saved);
$callsBefore = Res::$calls;
Res::$saved = [];
gc_collect_cycles();
$st = gc_status();
echo "objects ", 3 * $n, " destructed ", Res::$calls, " idsum ", Res::$idSum,
     " resurrected $resurrected again ", Res::$calls - $callsBefore, " collected {$st['collected']}",
     " gc runs {$st['runs']} threshold {$st['threshold']} roots {$st['roots']}", "\n";
