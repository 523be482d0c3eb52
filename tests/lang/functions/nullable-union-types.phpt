--TEST--
nullable and union types accept and reject values
--FILE--
<?php
function n(?int $x) { var_dump($x); }
function u(int|string $x) { var_dump($x); }
function a(array|bool $x) { var_dump($x); }
n(null); n(5); u(5); u("five"); u(5.0); u(5.5); a(false); a([1]);
try { n("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { a("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function d(int $x = null) { var_dump($x); }
d();
--EXPECTF--

Deprecated: d(): Implicitly marking parameter $x as nullable is deprecated, the explicit nullable type must be used instead in %s on line 8
NULL
int(5)
int(5)
string(4) "five"
int(5)

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 3
int(5)
bool(false)
array(1) {
  [0]=>
  int(1)
}
n(): Argument #1 ($x) must be of type ?int, string given, called in %s on line 6
bool(true)
NULL
