--TEST--
$v = f(...) of scalar code returns straight into $v only as the assignment would: references, handles, error handlers and exceptions inside the call
--FILE--
<?php
// `$v = f(...)` of a function made of scalar code: the result lands in $v as the assignment
// would put it, whatever happens inside the call.
function add($a, $b) { return $a + $b; }
function m($a) { return $a % 3; }
function d($a, $b) { return $a / $b; }
function deep($n) { return $n <= 0 ? 0 : deep($n - 1) + 1; }
$t = 0;
for ($i = 0; $i < 10; $i++) { $t = add($t, $i); }
var_dump($t);
$u = add(1, 2); var_dump($u);            // not yet defined before
$f = 1.5; $f = add($f, 2); var_dump($f);
$b = true; $b = add($b, 1); var_dump($b);
$s = "str"; $s = add(2, 3); var_dump($s); // held a string: the general path
$arr = [1]; $arr = add(4, 5); var_dump($arr);
$r = 10; $ref = &$r; $r = add($r, 1); var_dump($r, $ref); // a reference: written through
set_error_handler(function ($no, $msg) { global $g; echo "handler: $msg\n"; $g = 100; return true; });
$g = 7.5;
$g = m($g);
var_dump($g);
$g = 8.5; $h = m($g); var_dump($g, $h);
$k = 5;
try { $k = d($k, 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($k);
$z = 3; $z = deep($z); var_dump($z);
function outer($x) { $y = 0; $y = add($x, 1); $y = m($y + 0.5); return $y; }
var_dump(outer(4));
function chain($x) { $a = add($x, 1); $a = add($a, $a); return $a; }
$c = 0; for ($i = 0; $i < 3; $i++) { $c = chain($c); } var_dump($c);
--EXPECT--
int(45)
int(3)
float(3.5)
int(2)
int(5)
int(9)
int(11)
int(11)
handler: Implicit conversion from float 7.5 to int loses precision
int(1)
handler: Implicit conversion from float 8.5 to int loses precision
int(100)
int(2)
DivisionByZeroError: Division by zero
int(5)
int(3)
handler: Implicit conversion from float 5.5 to int loses precision
int(2)
int(14)
