--TEST--
Typed returns of scalars: nullable, union, string coercion, void
--FILE--
<?php
function f(int $x): int { if ($x) { return 1; } }
function v(int $x): void { $y = $x + 1; }
function n(int $x): ?int { if ($x > 1) { return null; } return $x; }
function s(int $x): string { return $x; }
function u(int|float $x): int|float { return $x * 2; }
var_dump(f(1), v(2), n(1), n(5), s(3), u(2), u(1.5));
for ($i = 0; $i < 3; $i++) { v($i); }
try { f(0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(1)
NULL
int(1)
NULL
string(1) "3"
int(4)
float(3)
f(): Return value must be of type int, none returned
