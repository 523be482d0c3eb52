--TEST--
Scalar loop forms: comparisons of slots with int and float literals on either side, as branches and values, over every kind of value; loops of each shape; compound assignment with literals
--FILE--
<?php
// Every comparison against a variable and an int literal, as a branch and as a value.
$vals = [-3, 0, 2, 7, 2.0, 2.5, -0.0, null, true, false, "2", "abc", NAN, INF, PHP_INT_MAX, PHP_INT_MIN];
$out = [];
foreach ($vals as $v) {
    $x = $v; $y = 2; $r = '';
    if ($x < 2) { $r .= 'a'; } if ($x <= 2) { $r .= 'b'; } if ($x > 2) { $r .= 'c'; }
    if ($x >= 2) { $r .= 'd'; } if ($x == 2) { $r .= 'e'; } if ($x != 2) { $r .= 'f'; }
    if ($x === 2) { $r .= 'g'; } if ($x !== 2) { $r .= 'h'; }
    if (!($x < $y)) { $r .= 'i'; } if ($x <= $y) { $r .= 'j'; } if ($x > $y) { $r .= 'k'; }
    if ($x >= $y) { $r .= 'l'; } if ($x == $y) { $r .= 'm'; } if ($x != $y) { $r .= 'n'; }
    if ($x === $y) { $r .= 'o'; } if ($x !== $y) { $r .= 'p'; }
    if (2 < $x) { $r .= 'q'; } if (2.5 > $x) { $r .= 'r'; }
    $b1 = $x < 2; $b2 = $x >= $y;
    $out[] = $r . ($b1 ? '1' : '0') . ($b2 ? '1' : '0');
}
echo implode(' ', $out), "\n";
// Loops of each shape, with int and float literals on either side.
$n = 0; for ($i = 0; $i < 10; $i++) { $n += $i; } var_dump($n);
$n = 0; for ($i = 10; $i > 0; $i -= 3) { $n += $i; } var_dump($n, $i);
$n = 0; $i = 0; while ($i <= 5) { $n = $n * 2 + $i; $i++; } var_dump($n);
$n = 0; $i = 0; do { $n -= $i; $i += 2; } while ($i != 8); var_dump($n, $i);
$f = 0.5; for ($i = 0; $i < 4; $i++) { $f = 1.5 * $f + 0.25; $g = $f - 1; $h = 3 - $f; $k = 2.0 / $f; } var_dump($f, $g, $h, $k);
$f = 1; for ($i = 0; $i < 3; $i++) { $f *= 2.5; $f -= 1; $f /= 2; } var_dump($f);
$m = PHP_INT_MAX - 2; for ($i = 0; $i < 4; $i++) { $m += 1; } var_dump($m);
$m = 10; $m -= 2.5; $m *= 4; $m %= 7; var_dump($m);
$p = 7; $q = $p; $r = 2.5; $s = $r; $t = -4; var_dump($q, $s, $t, $p % 3, -7 % 3, 7 % -3, 7 / 2, 6 / 2, 7 / 2.0);
$a = 5; $b = $a << 2; $c = $b >> 1; $d = $a & 3; $e = $a | 8; $g = $a ^ 1; var_dump($b, $c, $d, $e, $g);
$z = 3; $w = $z <=> 5; $w2 = $z <=> 3; $w3 = 9 <=> $z; var_dump($w, $w2, $w3);
$u = 1.0; $v = 1; var_dump($u == $v, $u === $v, $u < $v, $u <= $v);
$nan = NAN; var_dump($nan < 1, $nan > 1, $nan == $nan, $nan != $nan, 1 <= $nan);
$x = "10"; $y = 9; var_dump($x > $y, $x < 9, "9" < "10", $x == 10);
function count_to($lim) { $c = 0; for ($i = 0; $i < $lim; ++$i) { if ($i % 3 == 0) continue; $c++; } return $c; }
var_dump(count_to(10), count_to(0), count_to(-5));
--EXPECT--
abfhjnpr10 abfhjnpr10 bdegijlmor01 cdfhiklnpq01 bdehijlmpr01 cdfhiklnpq01 abfhjnpr10 abfhjnpr10 bdehijlmp01 abfhjnpr10 bdehijlmpr01 cdfhiklnpq01 fhinp00 cdfhiklnpq01 cdfhiklnpq01 abfhjnpr10
int(45)
int(22)
int(-2)
int(57)
int(-12)
int(8)
float(4.5625)
float(3.5625)
float(-1.5625)
float(0.4383561643835616)
float(0.046875)
float(9.223372036854776E+18)
int(2)
int(7)
float(2.5)
int(-4)
int(1)
int(-1)
int(1)
float(3.5)
int(3)
float(3.5)
int(20)
int(10)
int(1)
int(13)
int(4)
int(-1)
int(0)
int(1)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
int(6)
int(0)
int(0)
