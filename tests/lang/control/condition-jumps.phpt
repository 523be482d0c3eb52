--TEST--
Conditions with &&, ||, and, or and ! compile to jumps: order, short-circuits, truthiness, warnings and when temporaries die
--FILE--
<?php
// Conditions with &&, ||, and, or, ! compile to jumps: order, short-circuit, truthiness,
// warnings and the moment temporaries die.
function t($x) { echo "t($x) "; return $x; }
foreach ([[0, 0], [0, 1], [1, 0], [1, 1]] as [$a, $b]) {
    if (t($a) && t($b)) echo "and "; else echo "nand ";
    if (t($a) || t($b)) echo "or "; else echo "nor ";
    if (!t($a) && !(t($b))) echo "both-false "; 
    if (!(t($a) || t($b))) echo "neither ";
    if (t($a) and t($b) or t(2)) echo "mixed ";
    if ((t($a) xor t($b)) && true) echo "xor ";
    echo "\n";
}
$i = 0;
while ($i < 5 && ($i % 2 == 0 || $i < 3)) { echo $i++; } echo "\n";
$i = 10;
do { echo $i--; } while (!($i < 7) || $i == 5 && false); echo "\n";
for ($i = 0, $j = 10; $i < $j && $j > 5; $i++, $j--) { echo "$i-$j "; } echo "\n";
foreach ([0, 1, "0", "", "a", [], [0], null, 0.0, -0.0, 0.1, "0.0", new stdClass] as $v) {
    echo (($v && 1) ? 'T' : 'F'), (($v || 0) ? 'T' : 'F');
    if ($v && true) echo 't'; else echo 'f';
    if (!$v || false) echo 'n'; else echo 'y';
    echo " ";
}
echo "\n";
if ($undef1 && $undef2) { echo "no\n"; }
if ($undef3 ||
    $undef4) { echo "no\n"; }
if (!$undef5 && (
    $undef6 || true)) { echo "yes\n"; }
if (false) {} elseif ($undef7 && 1) {} elseif (1 && !$undef8) { echo "elseif\n"; } else { echo "else\n"; }
class D { function __construct(public $n) {} function __destruct() { echo "~D{$this->n} "; } }
if (new D(1) && t("after1")) { echo "body1 "; } echo "\n";
if (t(0) || new D(2)) { echo "body2 "; } echo "\n";
while (new D(3) && t(0)) {} echo "\n";
$m0 = memory_get_usage();
if (str_repeat("x", 1000) && strlen(str_repeat("y", 2000)) > 5) { echo memory_get_usage() - $m0, "\n"; }
echo memory_get_usage() - $m0, "\n";
function g($n) { $c = 0; for ($k = 0; $k < $n && $c < 3; ++$k) { if ($k % 2 && $k > 0) $c++; } return [$k, $c]; }
var_dump(g(100), g(2));
$x = 5;
if ($x > 3 and $x < 10 or $x == 42) echo "range\n";
$r = ($x > 3 && $x < 4); var_dump($r);
$f = 1.5; $n = 0;
while ($f < 100.0 && $n < 50) { $f *= 1.5; $n++; } echo "$n $f\n";
--EXPECTF--
t(0) nand t(0) t(0) nor t(0) t(0) both-false t(0) t(0) neither t(0) t(2) mixed t(0) t(0) 
t(0) nand t(0) t(1) or t(0) t(1) t(0) t(1) t(0) t(2) mixed t(0) t(1) xor 
t(1) t(0) nand t(1) or t(1) t(1) t(1) t(0) t(2) mixed t(1) t(0) xor 
t(1) t(1) and t(1) or t(1) t(1) t(1) t(1) mixed t(1) t(1) 
012
10987
0-10 1-9 2-8 3-7 4-6 
FFfn TTty FFfn FFfn TTty FFfn TTty FFfn FFfn FFfn TTty TTty TTty 

Warning: Undefined variable $undef1 in %s on line 26

Warning: Undefined variable $undef3 in %s on line 27

Warning: Undefined variable $undef4 in %s on line 28

Warning: Undefined variable $undef5 in %s on line 29

Warning: Undefined variable $undef6 in %s on line 30
yes

Warning: Undefined variable $undef7 in %s on line 31

Warning: Undefined variable $undef8 in %s on line 31
elseif
~D1 t(after1) body1 
t(0) ~D2 body2 
~D3 t(0) 
0
0
array(2) {
  [0]=>
  int(6)
  [1]=>
  int(3)
}
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(1)
}
range
bool(false)
11 129.74633789062
