--TEST--
Typed static properties: assignment coercion, compound assignment, ++/-- at the int edge
--FILE--
<?php
class A { public static int $n = PHP_INT_MAX - 1; private static $p = 1.5; protected static $q = 0; public static $u = "a";
  static function f() { self::$n++; var_dump(self::$n); try { self::$n++; } catch (Error $e) { echo $e->getMessage(), "\n"; } var_dump(self::$n);
    self::$p += 2; var_dump(self::$p); self::$p -= 1; var_dump(self::$p); self::$q += 5; var_dump(self::$q); self::$u .= "b"; var_dump(self::$u); $x = self::$p++; var_dump($x); 
    self::$n = 5; self::$n += 2.5; var_dump(self::$n); } }
class B extends A { static function g() { parent::$q++; self::$q *= 3; var_dump(parent::$q); try { self::$p++; } catch (Error $e) { echo $e->getMessage(), "\n"; } } }
A::f(); B::g(); A::$n = 3; A::$n--; var_dump(A::$n); A::$u .= "c"; var_dump(A::$u);
try { A::$zz++; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(9223372036854775807)
Cannot increment property A::$n of type int past its maximal value
int(9223372036854775807)
float(3.5)
float(2.5)
int(5)
string(2) "ab"
float(2.5)

Deprecated: Implicit conversion from float 7.5 to int loses precision in %s on line 5
int(7)
int(18)
Cannot access private property B::$p
int(2)
string(3) "abc"
Access to undeclared static property A::$zz
