--TEST--
Declared types of parameters, returns and properties: classes found once pass again, ints widen to float-only types
--FILE--
<?php
class A {} class B extends A {} interface I {} class C implements I {}
function f(A $a): A { return $a; } function g(I $i): I { return $i; } function h(?A $a) { var_dump($a); }
var_dump(get_class(f(new A)), get_class(f(new B)), get_class(f(new B)), get_class(g(new C)));
try { f(new C); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
h(null); h(new B);
class P { public int|false $n = 1; public ?float $f = null; public float $g = 0.0; public A $a; }
$p = new P; $p->n++; $p->f = 3; $p->g = 2; $p->a = new B; var_dump($p);
try { $p->a = new C; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function k(float|string $x) { var_dump($x); } k(3); function m(float|bool $x) { var_dump($x); } m(4);
--EXPECTF--
string(1) "A"
string(1) "B"
string(1) "B"
string(1) "C"
f(): Argument #1 ($a) must be of type A, C given, called in %s on line 5
NULL
object(B)#3 (0) {
}
object(P)#3 (4) {
  ["n"]=>
  int(2)
  ["f"]=>
  float(3)
  ["g"]=>
  float(2)
  ["a"]=>
  object(B)#4 (0) {
  }
}
Cannot assign C to property P::$a of type A
float(3)
float(4)
