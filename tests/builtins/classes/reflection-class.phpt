--TEST--
ReflectionClass basics
--FILE--
<?php
// ReflectionClass (the part implemented): names, kinds, parent, interfaces, members, constants, instantiation.
namespace App\Models;
interface HasName { const PREFIX = 'x'; }
abstract class Base implements HasName { const A = 1; protected $p; public function base() {} }
final class User extends Base { const B = 2; public $name = 'n'; public function __construct(public int $id = 0) {} private function secret() {} }
$m0 = memory_get_usage(); $r = new \ReflectionClass(User::class); $m1 = memory_get_usage();
echo $m1 - $m0, "\n";
var_dump($r->getName(), $r->getShortName(), $r->getNamespaceName(), $r->inNamespace(), $r->name);
var_dump($r->isFinal(), $r->isAbstract(), $r->isInterface(), $r->isInstantiable(), $r->isAnonymous(), $r->isEnum(), $r->isTrait(), $r->isInternal(), $r->isUserDefined());
var_dump($r->getParentClass()->getName(), (new \ReflectionClass(Base::class))->getParentClass());
var_dump($r->implementsInterface(HasName::class), $r->isSubclassOf(Base::class), $r->getInterfaceNames());
var_dump($r->hasMethod('BASE'), $r->hasMethod('secret'), $r->hasMethod('nope'), $r->hasProperty('id'), $r->hasProperty('p'), $r->hasConstant('A'), $r->getConstant('B'), $r->getConstants());
$u = $r->newInstance(5); var_dump($u->id);
$u2 = $r->newInstanceArgs(['id' => 7]); var_dump($u2->id);
$u3 = $r->newInstanceWithoutConstructor(); var_dump($u3->name, isset($u3->id));
var_dump($r->isInstance($u), (new \ReflectionClass($u))->getName());
try { new \ReflectionClass('Nope'); } catch (\ReflectionException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$anon = new class { public $x = 1; };
$ra = new \ReflectionClass($anon); var_dump($ra->isAnonymous(), str_contains($ra->getName(), 'class@anonymous'));
try { (new \ReflectionClass(Base::class))->newInstance(); } catch (\Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
96
string(15) "App\Models\User"
string(4) "User"
string(10) "App\Models"
bool(true)
string(15) "App\Models\User"
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
string(15) "App\Models\Base"
bool(false)
bool(true)
bool(true)
array(1) {
  [0]=>
  string(18) "App\Models\HasName"
}
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
int(2)
array(3) {
  ["B"]=>
  int(2)
  ["A"]=>
  int(1)
  ["PREFIX"]=>
  string(1) "x"
}
int(5)
int(7)
string(1) "n"
bool(false)
bool(true)
string(15) "App\Models\User"
ReflectionException: Class "Nope" does not exist
bool(true)
bool(true)
Error: Cannot instantiate abstract class App\Models\Base
