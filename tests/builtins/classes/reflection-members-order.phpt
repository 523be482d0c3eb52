--TEST--
Reflection: private/static properties, trait members' order, constructors, deprecations, errors
--FILE--
<?php
trait T { public function fromTrait() {} private $tp = 't'; }
class Base { private $priv = 'base-priv'; protected static $count = 3; public function __construct(public int $id = 0) {} }
class Child extends Base { use T; private $priv = 'child-priv'; public static $s = 's'; }
$o = new Child(7);
$p = new ReflectionProperty('Base', 'priv'); echo $p->getValue($o), "\n";
$p2 = new ReflectionProperty('Child', 'priv'); echo $p2->getValue($o), "\n";
$p2->setValue($o, 'x'); echo $p2->getValue($o), " ", $p->getValue($o), "\n";
$st = new ReflectionProperty('Base', 'count'); echo $st->getValue(), "\n"; $st->setValue(10); echo $st->getValue(), "\n";
$s = new ReflectionProperty('Child', 's'); $s->setValue(null, 'z'); echo Child::$s, "\n";
foreach ((new ReflectionClass('Child'))->getProperties() as $pp) echo $pp->class, '::', $pp->name, ' ', $pp->getModifiers(), "\n";
foreach ((new ReflectionClass('Child'))->getMethods() as $mm) echo $mm->class, '::', $mm->name, ' ', $mm->getModifiers(), "\n";
$m = new ReflectionMethod('Child::fromTrait'); echo $m->class, ' ', $m->name, "\n";
$c = (new ReflectionClass('Child'))->getConstructor(); echo $c->class, ' ', $c->name, ' ', $c->getNumberOfParameters(), "\n";
var_dump((new ReflectionClass('stdClass'))->getConstructor());
try { new ReflectionMethod('Nope', 'x'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionMethod('Child', 'x'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
try { (new ReflectionClass('Child'))->getMethod('zz'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
echo count((new ReflectionClass('ArrayIterator'))->getMethods()) > 10 ? "many\n" : "few\n";
--EXPECTF--
base-priv
child-priv
x base-priv
3

Deprecated: Calling ReflectionProperty::setValue() with a single argument is deprecated in %s on line 9
10
z
Child::priv 4
Child::s 17
Base::count 18
Base::id 1
Child::tp 4
Base::__construct 1
Child::fromTrait 1

Deprecated: Calling ReflectionMethod::__construct() with 1 argument is deprecated, use ReflectionMethod::createFromMethodName() instead in %s on line 13
Child fromTrait
Base __construct 1
NULL
Class "Nope" does not exist
Method Child::x() does not exist
#0 %s(17): ReflectionMethod->__construct('Child', 'x')
#1 {main}
Method Child::zz() does not exist
#0 %s(18): ReflectionClass->getMethod('zz')
#1 {main}
many
