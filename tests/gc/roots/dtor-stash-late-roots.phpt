--TEST--
Destructor garbage that stashes objects while calls release roots after each trigger: gc_status as PHP's
--FILE--
<?php
class D { public $peer; public $keep; public static $held = [];
  function __destruct() { if ($this->keep) { self::$held[] = $this->keep; $this->keep = null; } } }
class P { public $x; }
function pass($a, $b, $c) { return 1; }
$live = [];
for ($i = 0; $i < 60000; $i++) {
    $p = new P; $p->x = $p; $live[] = $p;
    $q = new P; $live[] = $q;
    $d = new D; $d->peer = $d; $d->keep = $q;        // garbage with a destructor holding $q
    unset($d);
    pass($p, $q, $live[intdiv($i, 2)]);               // releases after the trigger
    if ($i % 7 == 0) { D::$held = []; }
    if ($i % 5000 == 0) { $s = gc_status(); echo "$i: {$s['runs']} {$s['collected']} {$s['threshold']} {$s['roots']}\n"; }
}
$s = gc_status(); echo "end: {$s['runs']} {$s['collected']} {$s['threshold']} {$s['roots']}\n";
echo gc_collect_cycles(), "\n";
$s = gc_status(); echo "final: {$s['runs']} {$s['collected']} {$s['threshold']} {$s['roots']}\n";
--EXPECT--
0: 0 0 10001 3
5000: 2 3334 10001 8754
10000: 8 9864 10001 2690
15000: 12 14311 10001 4638
20000: 16 18755 10001 6584
25000: 20 23199 10001 8530
30000: 26 29865 10001 2699
35000: 30 34309 10001 4645
40000: 34 38753 10001 6591
45000: 38 43197 10001 8537
50000: 44 49863 10001 2706
55000: 48 54307 10001 4652
end: 52 58751 10001 6594
1249
final: 54 60000 10001 0
