--TEST--
ReflectionClass::getMethods/getProperties/getMethod/getProperty and ReflectionMethod/ReflectionProperty basics
--FILE--
<?php
interface I { function i(); }
abstract class Base implements I {
    public $pb = 1; protected static $ps = 2; private $priv = 3;
    public function i() {}
    protected function prot() {}
    private function basePriv() {}
    abstract function abs();
    public static function st() { return 'st'; }
    final public function fin() {}
}
class Child extends Base {
    public readonly int $ro;
    public $c = 'c';
    public function __construct() { $this->ro = 5; }
    function abs() {}
    public function greet(string $who, int $n = 1) { return "hi $who $n"; }
    private function secret() { return 'secret'; }
}
$r = new ReflectionClass('Child');
foreach ($r->getMethods() as $m) { echo $m->class, '::', $m->name, ' ', $m->isPublic() ? 'pub' : '', $m->isProtected() ? 'prot' : '', $m->isPrivate() ? 'priv' : '', $m->isStatic() ? ' static' : '', $m->isAbstract() ? ' abstract' : '', $m->isFinal() ? ' final' : '', $m->isConstructor() ? ' ctor' : '', "\n"; }
echo count($r->getMethods(ReflectionMethod::IS_PUBLIC)), " ", count($r->getMethods(ReflectionMethod::IS_STATIC)), " ", count($r->getMethods(ReflectionMethod::IS_PRIVATE | ReflectionMethod::IS_PROTECTED)), "\n";
foreach ($r->getProperties() as $p) { echo $p->class, '::$', $p->name, ' ', $p->isPublic() ? 'pub' : '', $p->isProtected() ? 'prot' : '', $p->isPrivate() ? 'priv' : '', $p->isStatic() ? ' static' : '', $p->isReadOnly() ? ' readonly' : '', "\n"; }
echo count($r->getProperties(ReflectionProperty::IS_PUBLIC)), "\n";
$m = $r->getMethod('greet');
var_dump($m);
echo $m->getName(), " ", $m->getNumberOfParameters(), " ", $m->getNumberOfRequiredParameters(), " ", $m->getDeclaringClass()->getName(), "\n";
$o = new Child;
echo $m->invoke($o, 'bob'), " | ", $m->invokeArgs($o, ['al', 3]), "\n";
$s = $r->getMethod('secret'); $s->setAccessible(true); echo $s->invoke($o), "\n";
echo $r->getMethod('st')->invoke(null), "\n";
try { $r->getMethod('nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $r->getProperty('nope'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
$p = $r->getProperty('c');
var_dump($p);
echo $p->getName(), " ", $p->getValue($o), "\n";
$p->setValue($o, 'changed'); echo $o->c, "\n";
$pp = new ReflectionProperty('Child', 'priv'); 
--EXPECTF--
Child::__construct pub ctor
Child::abs pub
Child::greet pub
Child::secret priv
Base::i pub
Base::prot prot
Base::st pub static
Base::fin pub final
6 1 2
Child::$ro pub readonly
Child::$c pub
Base::$pb pub
Base::$ps prot static
3
object(ReflectionMethod)#4 (2) {
  ["name"]=>
  string(5) "greet"
  ["class"]=>
  string(5) "Child"
}
greet 2 1 Child
hi bob 1 | hi al 3
secret
st
Method Child::nope() does not exist
Property Child::$nope does not exist
object(ReflectionProperty)#5 (2) {
  ["name"]=>
  string(1) "c"
  ["class"]=>
  string(5) "Child"
}
c c
changed

Fatal error: Uncaught ReflectionException: Property Child::$priv does not exist in %s:38
Stack trace:
#0 %s(38): ReflectionProperty->__construct('Child', 'priv')
#1 {main}
  thrown in %s on line 38
--EXPECT_EXIT--
255
