--TEST--
A buffered object released again while a requested collection waits is a possible root after it, as PHP's release after its collection
--FILE--
<?php
class P { public $x; }
function pass($a, $b, $c) { return 1; }
$live = [];
for ($i = 0; $i < 5002; $i++) {
    $p = new P; $p->x = $p; $live[] = $p;
    $q = new P; $live[] = $q;
    $k = intdiv($i, 2);
    if ($i >= 4999) { $s = gc_status(); echo "$i before: {$s['runs']} {$s['roots']}\n"; }
    $t = $live[$k];
    if ($i >= 4999) { $s = gc_status(); echo "$i fetched: {$s['runs']} {$s['roots']}\n"; }
    pass($p, $q, $t);
    if ($i >= 4999) { $s = gc_status(); echo "$i after: {$s['runs']} {$s['roots']}\n"; }
    unset($t);
    if ($i >= 4999) { $s = gc_status(); echo "$i unset: {$s['runs']} {$s['roots']}\n"; }
}
--EXPECT--
4999 before: 0 9998
4999 fetched: 0 9998
4999 after: 0 10000
4999 unset: 0 10000
5000 before: 0 10000
5000 fetched: 0 10000
5000 after: 1 3
5000 unset: 1 3
5001 before: 1 3
5001 fetched: 1 3
5001 after: 1 5
5001 unset: 1 5
