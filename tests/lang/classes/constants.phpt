--TEST--
class constants, self::, static::, final and visibility, ::class
--FILE--
<?php
class A { const X = 'ax'; const Y = self::X . '-y'; protected const P = 'p'; public static function get() { return [self::X, static::X, self::P]; } }
class B extends A { const X = 'bx'; }
var_dump(A::Y, B::X, B::Y, A::get(), B::get(), A::class, B::class);
$b = new B; var_dump($b::X, constant('B::X'));
try { echo A::P; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::NOPE; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(4) "ax-y"
string(2) "bx"
string(4) "ax-y"
array(3) {
  [0]=>
  string(2) "ax"
  [1]=>
  string(2) "ax"
  [2]=>
  string(1) "p"
}
array(3) {
  [0]=>
  string(2) "ax"
  [1]=>
  string(2) "bx"
  [2]=>
  string(1) "p"
}
string(1) "A"
string(1) "B"
string(2) "bx"
string(2) "bx"
Cannot access protected constant A::P
Undefined constant A::NOPE
