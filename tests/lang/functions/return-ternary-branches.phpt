--TEST--
return c ? a : b returns from each branch: values, types, finally, references, generators
--FILE--
<?php
// `return c ? a : b;` returns from each branch: values, types, errors, finally, references.
function f($n) { return $n < 2 ? $n : f($n - 1) + f($n - 2); }
echo f(15), "\n";
function g($x) { return ($x > 0 ? ($x > 10 ? "big" : "small") : ($x < 0 ? "neg" : "zero")); }
foreach ([-5, 0, 5, 50] as $x) echo g($x), " ";
echo "\n";
function typed(int $x): int { return $x > 0 ? $x * 2 : "nope"; }
echo typed(4), "\n";
try { typed(-1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function typedf($x): float { return $x ? 1 : 2; }
var_dump(typedf(true), typedf(false));
function fin($x) { try { return $x ? "yes" : "no"; } finally { echo "finally "; } }
echo fin(1), " ", fin(0), "\n";
function fin2($x) { try { return $x ? "a" : "b"; } finally { return "override"; } }
echo fin2(1), "\n";
function &byref($x) { static $a = 1, $b = 2; return $x ? $a : $b; }
$r = &byref(true); $r = 10; echo byref(true), "\n";
class D { public function __construct(public $n) {} public function __destruct() { echo "~D{$this->n} "; } }
function obj($x) { $tmp = new D(1); return $x ? new D(2) : $tmp; }
$o = obj(true); echo "got {$o->n}\n"; unset($o); echo "\n";
$o = obj(false); echo "got {$o->n}\n"; unset($o); echo "\n";
function gen($x) { yield 1; return $x ? "ret-a" : "ret-b"; }
$gg = gen(true); foreach ($gg as $v) {} echo $gg->getReturn(), "\n";
function undef($x) { return $x ? $missing : 1; }
var_dump(undef(true));
function cond2($a, $b) { return $a && $b ? "both" : ($a || $b ? "one" : "none"); }
echo cond2(1, 1), cond2(1, 0), cond2(0, 0), "\n";
$fn = fn($x) => $x ? "arrow-yes" : "arrow-no";
echo $fn(1), $fn(0), "\n";
function short($x) { return $x ?: "empty"; }
echo short(0), short("v"), "\n";
function m0(): mixed { return 1 ? 2 : 3; }
var_dump(m0());
--EXPECTF--
610
neg zero small big 
8
TypeError: typed(): Return value must be of type int, string returned
float(1)
float(2)
finally yes finally no
override

Notice: Only variable references should be returned by reference in %s on line 17

Notice: Only variable references should be returned by reference in %s on line 17
1
~D1 got 2
~D2 
got 1
~D1 
ret-a

Warning: Undefined variable $missing in %s on line 25
NULL
bothonenone
arrow-yesarrow-no
emptyv
int(2)
