--TEST--
class, parent and interface parameter, return and property types in any spelling
--FILE--
<?php
namespace App;
interface Shape { function area(): float; }
abstract class Base implements Shape { }
class Sq extends Base { function __construct(public float $s) {} function area(): float { return $this->s ** 2; } }
class item {}
function f(Shape $s): float { return $s->area(); }
function g(Base $b): Base { return $b; }
function h(\App\Item $i): ITEM { return $i; }
function k(?Sq $s = null) { return $s; }
function m(\Countable|Shape $x) { return get_class($x); }
echo f(new Sq(2)), " ", get_class(g(new Sq(3))), " ", get_class(h(new Item)), " ", var_export(k(), true), " ", m(new Sq(1)), "\n";
try { f(new Item); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
try { h(new Sq(1)); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
class P { public Shape $shape; public ?Base $b = null; }
$p = new P; $p->shape = new Sq(5); $p->b = new Sq(6); echo $p->shape->area(), "\n";
try { $p->shape = new Item; } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
4 App\Sq App\item NULL App\Sq
App\f(): Argument #1 ($s) must be of type App\Shape, App\item given, called in %s on line 13
App\h(): Argument #1 ($i) must be of type App\Item, App\Sq given, called in %s on line 14
25
Cannot assign App\item to property App\P::$shape of type App\Shape
