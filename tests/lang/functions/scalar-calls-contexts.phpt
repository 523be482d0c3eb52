--TEST--
Scalar calls from generators, callbacks, destructors, closures, methods and call_user_func, and an error below them
--FILE--
<?php
// Scalar calls made from generators, callbacks, destructors, closures, methods and includes
// of the engine's own callers, and their errors there.
function sq($x) { return $x * $x; }
function sumsq($n) { $s = 0; for ($i = 1; $i <= $n; $i++) { $s += sq($i); } return $s; }
function gen($n) { for ($i = 0; $i < $n; $i++) { yield sq($i) + sumsq($i); } }
foreach (gen(5) as $k => $v) { echo "$k:$v "; }
echo "\n";
echo implode(",", array_map(fn($x) => sq($x) + 1, [1, 2, 3])), "\n";
echo implode(",", array_map('sq', [4, 5])), "\n";
$a = [3, 1, 2]; usort($a, fn($p, $q) => sq($p) <=> sq($q)); echo implode(",", $a), "\n";
class D { public function __destruct() { echo "dtor ", sumsq(3), "\n"; } }
function mk() { $d = new D; return sq(7); }
echo mk(), "\n";
class M { public function m($x) { return sumsq($x) + sq($x); } public static function s($x) { return sq($x + 1); } }
echo (new M)->m(4), " ", M::s(2), "\n";
$c = function ($x) { return sq($x) * 2; };
echo $c(3), "\n";
function boom($x) { return intdiv($x, 0); }
function viaboom($x) { return sq($x) + boom($x); }
try { echo viaboom(2); } catch (DivisionByZeroError $e) { echo get_class($e), " ", $e->getLine(), " ", count($e->getTrace()), "\n"; }
function rec($n) { return $n <= 0 ? 0 : 1 + rec($n - 1); }
echo rec(5000), "\n";
echo call_user_func('sumsq', 10), " ", call_user_func_array('sq', [9]), "\n";
--EXPECT--
0:0 1:2 2:9 3:23 4:46 
2,5,10
16,25
1,2,3
dtor 14
49
46 9
18
DivisionByZeroError 19 3
5000
385 81
