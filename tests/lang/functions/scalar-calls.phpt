--TEST--
Scalar calls: functions of scalar code called with scalars (results, recursion, literals, discarded results, overflow, non-scalar arguments)
--FILE--
<?php
// Functions whose bodies are all scalar code, called with scalars: results, recursion,
// literals, discarded results, every kind of scalar argument, overflow, mixed int/float.
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function add($a, $b) { return $a + $b; }
function five() { return 5; }
function nothing($x) { $x++; }
function pick($c, $a, $b) { if ($c) { return $a; } return $b; }
function half($n) { return $n / 2; }
function sum_to($n) { $s = 0; for ($i = 1; $i <= $n; $i++) { $s = add($s, $i); } return $s; }
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
function twice($n) { return add($n, $n); }
function neg($b) { return !$b; }
var_dump(fib(20));
$t = 0;
for ($i = 0; $i < 1000; $i++) { $t = add($t, $i); }
var_dump($t);
var_dump(five(), nothing(3), pick(true, 1, 2), pick(0, 1, 2.5), pick(null, true, false));
var_dump(half(7), half(8), add(1.5, 2), add(PHP_INT_MAX, 1), add(PHP_INT_MIN, -1));
var_dump(sum_to(100), twice(21), neg(false), neg(1));
nothing(1);
add(2, 3);
var_dump(depth(50000));
$x = 10;
$r = add($x, $x - 3);
var_dump($r, $x);
// Arguments that are not scalars: the same functions, called as frames.
var_dump(add("3", "4"), add([1], [2]), twice("2.5"));
var_dump(fib(10) + fib(11) === fib(12));
--EXPECT--
int(6765)
int(499500)
int(5)
NULL
int(1)
float(2.5)
bool(false)
float(3.5)
int(4)
float(3.5)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(5050)
int(42)
bool(true)
bool(false)
int(50000)
int(17)
int(10)
int(7)
array(1) {
  [0]=>
  int(1)
}
float(5)
bool(true)
