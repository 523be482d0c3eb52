--TEST--
Scalar calls of functions with scalar parameter and return types: coercions, strict mode, errors and traces as PHP gives them
--FILE--
<?php
// Typed scalar functions run as scalar calls: results, coercions and errors as PHP's.
function fib(int $n): int { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function addf(float $a, float $b): float { return $a + $b; }
function half(int $n): float { return $n / 2; }
function toint(float $x): int { return $x; }
function flag(bool $b): ?bool { return $b ? null : true; }
function need2(int $a, int $b): int { return $a * $b; }
var_dump(fib(15), addf(1, 2), addf(1.5, 2), half(3), half(4), flag(true), flag(false));
$t = 0.0;
for ($i = 0; $i < 100; $i++) { $t = addf($t, $i); }
var_dump($t);
try { var_dump(toint(2.5)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(toint(2.0));
try { need2(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(fib("5")); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(fib(5.5)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(fib(null)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function deep(int $n): int { return $n === 0 ? throw new Exception("bottom") : deep($n - 1) + 1; }
try { deep(3); } catch (Exception $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
--EXPECTF--
int(610)
float(3)
float(3.5)
float(1.5)
float(2)
NULL
bool(true)
float(4950)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s/scalar-calls-typed.php on line 6
int(2)
int(2)
Too few arguments to function need2(), 1 passed in %s/scalar-calls-typed.php on line 15 and exactly 2 expected
int(5)

Deprecated: Implicit conversion from float 5.5 to int loses precision in %s/scalar-calls-typed.php on line 3
int(5)
fib(): Argument #1 ($n) must be of type int, null given, called in %s/scalar-calls-typed.php on line 18
bottom
#0 %s/scalar-calls-typed.php(19): deep(0)
#1 %s/scalar-calls-typed.php(19): deep(1)
#2 %s/scalar-calls-typed.php(19): deep(2)
#3 %s/scalar-calls-typed.php(20): deep(3)
#4 {main}
