--TEST--
Property hooks: object size of virtual and backed properties, promotion, interfaces, json/var_export
--FILE--
<?php
// Memory: a virtual property takes no slot; a backed hooked one does.
class Plain { public $a; public $b; public $c; }
class Virt { public $a; public $b; public int $c { get => 3; } }
class Backed { public $a; public $b; public int $c = 0 { set => $value + 1; } }
$m0 = memory_get_usage(); $p = new Plain; $m1 = memory_get_usage();
$v = new Virt; $m2 = memory_get_usage();
$b = new Backed; $m3 = memory_get_usage();
echo "plain: ", $m1 - $m0, "\nvirtual: ", $m2 - $m1, "\nbacked: ", $m3 - $m2, "\n";
$b->c = 5; var_dump($b->c);
// Promoted constructor parameters with hooks.
class Pt {
    public function __construct(public string $name { set => ucfirst($value); }, public int $n = 0) {}
}
$pt = new Pt('bob'); var_dump($pt->name); $pt->name = 'al'; var_dump($pt);
// Interfaces declaring hooked properties; implementation.
interface HasArea { public float $area { get; } }
class Sq implements HasArea { public function __construct(private float $s) {} public float $area { get => $this->s ** 2; } }
$s = new Sq(3); var_dump($s->area, $s instanceof HasArea);
// Hook inherited, other overridden.
class P1 { public int $x = 1 { get => $this->x * 10; set => $value + 1; } }
class C1 extends P1 { public int $x = 1 { get => $this->x * 100; } }
$c = new C1; $c->x = 2; var_dump($c->x);
$p1 = new P1; $p1->x = 2; var_dump($p1->x);
// Exceptions from hooks, and traces.
class T { public int $v { get { throw new RuntimeException("nope"); } } }
try { (new T)->v; } catch (RuntimeException $e) { echo $e->getMessage(), " ", $e->getTrace()[0]['function'], "\n"; }
// Hooks with references to other hooked props, nullsafe.
class N { public ?N $next = null; public string $label { get => 'n' . ($this->next?->label ?? ''); } }
$n = new N; $n->next = new N; var_dump($n->label);
// Static-like access via $this inside set to another property.
class Temp { public float $c = 0; public float $f { get => $this->c * 9 / 5 + 32; set { $this->c = ($value - 32) * 5 / 9; } } }
$t = new Temp; $t->f = 212; var_dump($t->c, $t->f);
$t->f += 18; var_dump(round($t->c, 4));
var_dump(json_encode($t));
var_export($t); echo "\n";
--EXPECT--
plain: 96
virtual: 80
backed: 96
int(6)
string(3) "Bob"
object(Pt)#4 (2) {
  ["name"]=>
  string(2) "Al"
  ["n"]=>
  int(0)
}
float(9)
bool(true)
int(300)
int(30)
nope $v::get
string(2) "nn"
float(100)
float(212)
float(110)
string(17) "{"c":110,"f":230}"
\Temp::__set_state(array(
   'c' => 110.0,
   'f' => 230.0,
))
