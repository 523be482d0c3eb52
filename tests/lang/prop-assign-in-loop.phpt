--TEST--
$obj->name = value and $this->name = value in loops (the dispatch loop's own write): typed, coerced, readonly, private, reference slots, old values' destructors, one site over two classes, dynamic properties, copies
--FILE--
<?php
// `$obj->name = value` in a loop: the dispatch loop's own write, beside every case it must
// leave to the general path.
class D { public function __construct(public string $n) {} public function __destruct() { echo "~{$this->n} "; } }
class P { public $a; public int $i = 0; public float $f = 0.0; public ?D $d = null; public int|string $u = 0;
          public readonly int $ro; private $priv = 1; public array $arr = [];
          public function setThis($v) { for ($k = 0; $k < 3; $k++) { $this->a = $v . $k; $this->i = $k; } return $this->a; } }
$p = new P;
for ($k = 0; $k < 3; $k++) {
    $p->a = $k; $p->i = $k * 2; $p->f = $k; $p->u = "s$k"; $p->arr = [$k, $k + 1];
}
var_dump($p->a, $p->i, $p->f, $p->u, $p->arr);
echo $p->setThis("t"), " ", $p->i, "\n";
// Coercion and type errors.
$p->i = "42"; var_dump($p->i);
$p->f = 3; var_dump($p->f);
try { $p->i = "x"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $p->i = 1.5; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $p->d = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $p->ro = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $p->priv = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
// Old values released at once: destructors run in order.
for ($k = 0; $k < 3; $k++) { $p->d = new D("d$k"); echo "set$k "; }
$p->d = null; echo "\n";
// A reference in the slot.
$r = &$p->a;
for ($k = 0; $k < 2; $k++) { $p->a = "viaref$k"; }
echo $r, "\n";
unset($r);
// One site seeing two classes; a dynamic property; a non-object.
class Q { public $b; public $a; }
$objs = [new P, new Q, new P, new stdClass];
foreach ($objs as $k => $o) { $o->a = $k; }
foreach ($objs as $o) { echo $o->a; } echo "\n";
$n = null;
try { $n->a = 1; } catch (Error $e) { echo $e->getMessage(), "\n"; }
// The value is copied (arrays by value, objects by handle).
$arr = [1]; $q = new Q; $q->b = $arr; $arr[] = 2; echo count($q->b), "\n";
$o2 = new Q; $q->a = $o2; $o2->b = "shared"; echo $q->a->b, "\n";
// The holder's destructor runs when an old value held the last handle on the variable's object.
class H { public $next; public function __destruct() { echo "~H "; } }
$h = new H; $h->next = new H; $h->next = 5; echo "after\n";
debug_zval_dump($q);
echo "end\n";
--EXPECTF--
int(2)
int(4)
float(2)
string(2) "s2"
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
t2 2
int(42)
float(3)
Cannot assign string to property P::$i of type int

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 18
Cannot assign stdClass to property P::$d of type ?D
Cannot modify protected(set) readonly property P::$ro from global scope
Cannot access private property P::$priv
set0 ~d0 set1 ~d1 set2 ~d2 
viaref1
0123
Attempt to assign property "a" on null
1
shared
~H after
object(Q)#4 (2) refcount(2){
  ["b"]=>
  array(1) packed refcount(2){
    [0]=>
    int(1)
  }
  ["a"]=>
  object(Q)#8 (2) refcount(2){
    ["b"]=>
    string(6) "shared" interned
    ["a"]=>
    NULL
  }
}
end
~H 