--TEST--
union type coercion of floats prefers int (lossy with a deprecation)
--FILE--
<?php
function f(int|string $x) { var_dump($x); }
f(5.5); f(1e30); f(NAN); f("5.5"); f(true);
function g(float|string $x) { var_dump($x); } g(5); g("7");
function h(int|bool $x) { var_dump($x); } h(2.5); h("abc");
--EXPECTF--

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s on line 2
int(5)
string(7) "1.0E+30"
string(3) "NAN"
string(3) "5.5"
int(1)
float(5)
string(1) "7"

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line 5
int(2)
bool(true)
