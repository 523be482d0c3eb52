--TEST--
A function returning by reference returns anything but a variable with PHP's notice, from a reference
--FILE--
<?php
function &one() { return 1; }
function &t($x) { static $a = 5; return $x ? $a : 7; }
function &call() { return strtoupper("x"); }
$a = &one(); var_dump($a);
$b = one(); var_dump($b);
$c = &t(1); var_dump($c);
$d = &call(); var_dump($d);
function &inner() { static $s = 1; return $s; }
function &outer() { return inner(); }
$e = &outer(); $e = 42; var_dump(inner());
function &viaVal() { return strlen("abc"); }
$f = &viaVal(); var_dump($f);
class C { public $arr = [1, 2]; public function &first() { return $this->arr[0]; } public function &sum() { return $this->arr[0] + $this->arr[1]; } }
$c = new C; $g = &$c->first(); $g = 100; var_dump($c->arr[0]);
$h = &$c->sum(); var_dump($h);
$cl = function &() { static $z = 3; return $z; };
$i = &$cl(); $i++; var_dump($cl());
function &typed(): int { return "7"; }
var_dump(typed());
function &typedbad(): int { return "x"; }
try { typedbad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function &nothing() { return; }
var_dump(nothing());
function &arr() { return [1, 2]; }
foreach (arr() as $v) echo $v; echo "\n";
function &noret() { }
$x = &noret(); var_dump($x);
$y = noret(); var_dump($y);
function &bare() { return; }
$z = &bare();
--EXPECTF--

Notice: Only variable references should be returned by reference in %s on line 2
int(1)

Notice: Only variable references should be returned by reference in %s on line 2
int(1)

Notice: Only variable references should be returned by reference in %s on line 3
int(5)

Notice: Only variable references should be returned by reference in %s on line 4
string(1) "X"
int(42)

Notice: Only variable references should be returned by reference in %s on line 12
int(3)
int(100)

Notice: Only variable references should be returned by reference in %s on line 14
int(102)
int(4)

Notice: Only variable references should be returned by reference in %s on line 19
int(7)
typedbad(): Return value must be of type int, string returned

Notice: Only variable references should be returned by reference in %s on line 23
NULL

Notice: Only variable references should be returned by reference in %s on line 25
12

Notice: Only variable references should be returned by reference in %s on line 27
NULL

Notice: Only variable references should be returned by reference in %s on line 27
NULL

Notice: Only variable references should be returned by reference in %s on line 30
