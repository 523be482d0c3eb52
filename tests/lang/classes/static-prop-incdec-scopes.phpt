--TEST--
static typed and untyped property increments and compound assignments across scopes
--FILE--
<?php
trait T { public static $n = 0; function bump() { self::$n++; self::$n += 2; return self::$n; } }
class A { use T; }
class B { use T; }
$a = new A; $b = new B;
for ($i = 0; $i < 3; $i++) { echo $a->bump(), " ", $b->bump(), "\n"; }
class P { public static $c = 10; private static $p = 1;
  static function inc() { self::$p++; static::$c++; return self::$p; } }
class C extends P { public static $c = 100; }
for ($i = 0; $i < 2; $i++) { echo P::inc(), " ", C::inc(), " ", P::$c, " ", C::$c, "\n"; }
$f = function () { return ++self::$c; };
$g = Closure::bind($f, null, P::class);
$h = Closure::bind($f, null, C::class);
for ($i = 0; $i < 2; $i++) { echo $g(), " ", $h(), "\n"; }
class Q { public static $x = PHP_INT_MAX; public static int $t = 5; public static $f = 1.5; }
Q::$x++; var_dump(Q::$x);
Q::$t += 2; Q::$f *= 2; var_dump(Q::$t, Q::$f);
try { Q::$t /= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
Q::$t += 0.5; 
var_dump(Q::$t);
class D { public $id; function __construct($i) { $this->id = $i; } function __destruct() { echo "d{$this->id} "; } }
function mk() { $x = new D(1); $y = new D(2); }
mk(); echo "\n";
$d = new D(3); $d = null; echo "\n";
class E { function __destruct() { throw new Exception("boom"); } }
try { $e = new E; unset($e); } catch (Exception $ex) { echo "caught ", $ex->getMessage(), "\n"; }
--EXPECTF--
3 3
6 6
9 9
2 3 11 101
4 5 12 102
13 103
14 104
float(9.223372036854776E+18)
int(7)
float(3)
Division by zero

Deprecated: Implicit conversion from float 0.5 to int loses precision in %s on line 19
int(0)
d1 d2 
d3 
caught boom
