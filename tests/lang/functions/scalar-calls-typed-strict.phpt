--TEST--
Scalar calls under strict_types: int to float, errors for anything else
--FILE--
<?php
declare(strict_types=1);
function addf(float $a, float $b): float { return $a + $b; }
function f(int $n): int { return $n + 1; }
function g(int $n): float { return $n; }
var_dump(addf(1, 2), f(1), g(2));
try { var_dump(f(1.0)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
float(3)
int(2)
float(2)
f(): Argument #1 ($n) must be of type int, float given, called in %s/scalar-calls-typed-strict.php on line 7
