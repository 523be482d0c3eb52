--TEST--
Scalar loop: ++/-- with results, compound assignment, unary operators, smart branches, overflow
--FILE--
<?php
$i = 5; $a = $i++; $b = ++$i; $c = $i--; $d = --$i;
var_dump($a, $b, $c, $d, $i);
$m = PHP_INT_MAX; $x = $m++; var_dump($x, $m);
$n = PHP_INT_MIN; $y = $n--; var_dump($y, $n);
$s = 0; for ($k = 0; $k < 10; $k++) { $s += $k * 2; $s -= 1; if ($s > 20) { $s %= 7; } $t = -$s; $u = !$k; $v = ~$k; }
var_dump($s, $t, $u, $v);
$f = 1.5; for ($k = 0; $k < 5; $k++) { $f *= 2; $f += $k; $g = $f / 3; $h = $k / 2; }
var_dump($f, $g, $h);
$z = 0; $arr = [1,2,3]; $q = $arr[$z++]; var_dump($q, $z);
$w = null; $w++; var_dump($w); $e = true; $r = !$e; var_dump($r, !null, -PHP_INT_MIN);
$k = 10; while ($k) { $k--; } var_dump($k);
$p = 7; $p %= -1; var_dump($p);
try { $p %= 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
$cmp = 3 <=> 4; var_dump($cmp, 1 == 1.0, 2 < 2.5);
function f($n) { $r = 0; for ($i = $n; $i > 0; --$i) { $r += $i & 3; $r ^= 1; } return $r; }
var_dump(f(100));
--EXPECT--
int(5)
int(7)
int(7)
int(5)
int(5)
int(9223372036854775807)
float(9.223372036854776E+18)
int(-9223372036854775808)
float(-9.223372036854776E+18)
int(17)
int(-17)
bool(false)
int(-10)
float(74)
float(24.666666666666668)
int(2)
int(1)
int(1)
int(1)
bool(false)
bool(true)
float(9.223372036854776E+18)
int(0)
int(0)
Modulo by zero
int(-1)
bool(true)
bool(true)
int(150)
