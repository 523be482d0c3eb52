--TEST--
foreach over objects by value reads the live properties (visibility by scope, numeric names as strings, nested, in generators)
--FILE--
<?php
class A { private $secret = 'a-private'; protected $prot = 'a-prot'; public $pub = 'a-pub';
  function dumpA() { foreach ($this as $k => $v) echo "A sees $k=$v\n"; } }
class B extends A { private $secret = 'b-private'; public $extra = 'b-extra';
  function dumpB() { foreach ($this as $k => $v) echo "B sees $k=$v\n"; } }
$b = new B;
foreach ($b as $k => $v) echo "outside $k=$v\n";
$b->dumpA(); $b->dumpB();
$o = new stdClass; $o->{'0'} = 'zero'; $o->{'1'} = 'one'; $o->x = 'ex';
foreach ($o as $k => $v) { var_dump($k); echo "=$v\n"; }
$o = new stdClass; $o->a = 1; $o->b = 2; $o->c = 3;
foreach ($o as $k => $v) { echo "$k=$v\n"; if ($k === 'a') { $o->c = 30; } }
foreach ($o as $k1 => $v1) { foreach ($o as $k2 => $v2) { echo "$k1$k2 "; } } echo "\n";
function gen($obj) { foreach ($obj as $k => $v) { yield $k => $v; } }
$g = gen($o); foreach ($g as $k => $v) { echo "gen $k=$v\n"; gc_collect_cycles(); }
$self = new stdClass; $self->me = $self; $self->n = 1;
foreach ($self as $k => $v) { echo "$k "; } echo "\n";
unset($self); echo gc_collect_cycles(), "\n";
$objs = [new stdClass, new stdClass]; $objs[0]->v = 1; $objs[1]->v = 2;
foreach ($objs as $ob) { foreach ($ob as &$val) { $val *= 100; } unset($val); }
var_dump($objs);
class Typed { public int $n = 1; public ?string $s = null; }
$t = new Typed;
foreach ($t as $k => &$v) { if ($k === 'n') { $v = 5; } } unset($v);
var_dump($t);
class RO { public function __construct(public readonly int $x = 1) {} }
$ro = new RO;
try { foreach ($ro as &$v) {} } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
outside pub=a-pub
outside extra=b-extra
A sees secret=a-private
A sees prot=a-prot
A sees pub=a-pub
A sees extra=b-extra
B sees prot=a-prot
B sees pub=a-pub
B sees secret=b-private
B sees extra=b-extra
string(1) "0"
=zero
string(1) "1"
=one
string(1) "x"
=ex
a=1
b=2
c=30
aa ab ac ba bb bc ca cb cc 
gen a=1
gen b=2
gen c=30
me n 
1
array(2) {
  [0]=>
  object(stdClass)#4 (1) {
    ["v"]=>
    int(100)
  }
  [1]=>
  object(stdClass)#5 (1) {
    ["v"]=>
    int(200)
  }
}
object(Typed)#6 (2) {
  ["n"]=>
  int(5)
  ["s"]=>
  NULL
}
Error: Cannot acquire reference to readonly property RO::$x
