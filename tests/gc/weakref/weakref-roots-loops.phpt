--TEST--
WeakReference in loops and temporaries: gc_status roots
--FILE--
<?php
class A { public $x; }
$a = new A; $b = new A; $a->x = $b;
$w = WeakReference::create($a);
for ($i = 0; $i < 3; $i++) { $w->get(); WeakReference::create($b)->get(); }
var_dump(gc_status()['roots']);
$arr = [new A, new A];
foreach ($arr as $o) { $r = WeakReference::create($o); $g = $r->get(); }
var_dump(gc_status()['roots']);
function f() { return new A; }
$t = WeakReference::create(f()); var_dump($t->get());
var_dump(gc_status()['roots']);
$m = [WeakReference::create($a), WeakReference::create($b)];
var_dump(gc_status()['roots'], $m[0]->get() === $a);
--EXPECT--
int(3)
int(5)
NULL
int(6)
int(6)
bool(true)
