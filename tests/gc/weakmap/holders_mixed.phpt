--TEST--
Weak holders of one object (a WeakReference and several WeakMaps) come and go in any order
--FILE--
<?php
class K { public $self; function __construct(public $n) {} function __destruct() { echo "K{$this->n} dies\n"; } }
class V { function __construct(public $n) {} function __destruct() { echo "V{$this->n} dies\n"; } }
$m1 = new WeakMap; $m2 = new WeakMap;
$a = new K(1); $b = new K(2);
$r = WeakReference::create($a);
$m1[$a] = new V(11); $m2[$a] = new V(12); $m1[$b] = new V(21);
$m0 = memory_get_usage();
var_dump(count($m1), count($m2), $r->get() === $a);
unset($r);                      // weakref goes first, maps stay
$r2 = WeakReference::create($a);
var_dump($r2->get()->n);
unset($m2[$a]);
echo "unset m2\n";
$m3 = clone $m1;
var_dump(count($m3));
unset($a);
echo "after a\n";
var_dump($r2->get(), count($m1), count($m3));
$b->self = $b; unset($b);
echo gc_collect_cycles(), "\n";
var_dump(count($m1), count($m3));
unset($m1);
$c = new K(3); $m3[$c] = $c; $r3 = WeakReference::create($c); unset($c);
echo gc_collect_cycles(), "\n";
var_dump(count($m3), $r3->get());
$d = new K(4); $w = WeakReference::create($d); $mm = new WeakMap; $mm[$d] = 1; unset($mm); unset($w);
$w = WeakReference::create($d); var_dump($w->get()->n); unset($d); var_dump($w->get());
echo "end\n";
--EXPECT--
int(2)
int(1)
bool(true)
int(1)
V12 dies
unset m2
int(2)
K1 dies
V11 dies
after a
NULL
int(1)
int(1)
V21 dies
K2 dies
2
int(0)
int(0)
K3 dies
1
int(0)
NULL
int(4)
K4 dies
NULL
end
