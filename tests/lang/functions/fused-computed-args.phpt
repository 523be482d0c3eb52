--TEST--
Calls whose arguments are arithmetic on numbers are entered at once: results, warnings, errors, coercion, traces and recursion as PHP's
--FILE--
<?php
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function add($a, $b = 10) { return $a + $b; }
function show(...$xs) { return implode(',', array_map('var_export', $xs, array_fill(0, count($xs), true))); }
function thrower($x) { throw new Exception("at $x"); }
function typed(int $i, float $f) { return var_export([$i, $f], true); }
class P { public function m($a, $b) { return $a * $b; } public function __construct(public $v = 0) {} }
echo fib(15), "\n";
$i = 5; $f = 1.5; $s = "3";
echo add($i - 1), " ", add($i * 2, $i + 1), " ", add($f * 2, 1 - $i), " ", add(PHP_INT_MAX + 1, 0), "\n";
echo add($s + 1, $i), "\n";                 // a numeric string: the general path
echo add($undefined + 1, 2), "\n";          // warning, then the call
try { echo add(1 % 0, 2), "\n"; } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo add(intdiv(1, 0), 2), "\n"; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
echo add($i / 2, $i % 3), " ", add($i <=> 3, $i == 5), " ", add($i << 2, $i & 1), "\n";
echo show($i - 1, "x", $i + 0.5, null, $i > 4), "\n";
echo typed($i - 1, $i * 2), "\n";
try { echo typed($f * 3, 1), "\n"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$p = new P($i + 1); echo $p->v, " ", $p->m($i - 1, $i + 1), "\n";
try { thrower($i * 7); } catch (Exception $e) { echo $e->getMessage(), " line ", $e->getLine(), " trace ", $e->getTraceAsString(), "\n"; }
function deep($n) { return $n == 0 ? 0 : 1 + deep($n - 1); }
echo deep(5000), "\n";
$r = 0; for ($k = 0; $k < 100; $k++) { $r = add($r, $k - 1); } echo $r, "\n";
function byref(&$x, $y) { $x += $y; } $z = 1; byref($z, $i - 2); echo $z, "\n";
echo add(b: $i - 1, a: 2), "\n";
--EXPECTF--
610
14 16 -1 9.2233720368548E+18
9

Warning: Undefined variable $undefined in %s on line 12
3
DivisionByZeroError: Modulo by zero
Division by zero
4.5 2 21
4,'x',5.5,NULL,true
array (
  0 => 4,
  1 => 10.0,
)

Deprecated: Implicit conversion from float 4.5 to int loses precision in %s on line 6
array (
  0 => 4,
  1 => 1.0,
)
6 24
at 35 line 5 trace #0 %s(20): thrower(35)
#1 {main}
5000
4850
4
6
