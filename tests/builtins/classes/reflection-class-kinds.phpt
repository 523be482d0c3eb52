--TEST--
ReflectionClass kinds
--FILE--
<?php
// ReflectionClass: internal classes, private constructors, enums, traits, interface checks.
$r = new ReflectionClass("ArrayObject");
var_dump($r, $r->isInternal(), $r->isIterable ?? null);
class A { private function __construct() {} public static function make() { return new static; } }
var_dump((new ReflectionClass("A"))->isInstantiable(), (new ReflectionClass("A"))->newInstanceWithoutConstructor() instanceof A);
enum E { case X; }
var_dump((new ReflectionClass(E::X))->isEnum(), (new ReflectionClass("E"))->isInstantiable());
trait T {}
var_dump((new ReflectionClass("T"))->isTrait());
try { (new ReflectionClass("A"))->implementsInterface("A"); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
object(ReflectionClass)#1 (1) {
  ["name"]=>
  string(11) "ArrayObject"
}
bool(true)
NULL
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
A is not an interface
