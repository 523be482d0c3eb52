--TEST--
=== and !== on objects beside objects and plain scalars (identity), temporaries released
--FILE--
<?php
class A { public $v = 1; function me() { return $this; } }
function mk() { return new A; }
$a = new A; $b = new A; $n = null;
var_dump($a === $a, $a === $b, $a !== $b, $a === null, null === $a, $a === 1, 2.5 !== $a, $a === true);
var_dump($a->me() === $a, mk() === mk(), mk() !== null);
$w = WeakReference::create($a);
var_dump($w->get() === $a, WeakReference::create($a) === $w);
unset($a);
var_dump($w->get() === null, $w->get());
$x = new A; $r = &$x; var_dump($r === $x);
var_dump($b === "str", [] === $b);
debug_zval_dump($b);
echo gc_status()['roots'], "\n";
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
NULL
bool(true)
bool(false)
bool(false)
object(A)#2 (1) refcount(2){
  ["v"]=>
  int(1)
}
1
