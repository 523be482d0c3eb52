--TEST--
A ternary's condition with && and || compiles to jumps: order, short-circuits and when temporaries die
--FILE--
<?php
function t($x) { echo "t($x) "; return $x; }
foreach ([[0, 0], [0, 1], [1, 0], [1, 1]] as [$a, $b]) {
    echo (t($a) && t($b)) ? "and" : "nand", " ";
    echo (t($a) || !t($b)) ? "or" : "nor", " ";
    echo t($a) and t($b) ? "x" : "y";
    echo "\n";
}
$n = 0; $s = 0;
for ($i = 0; $i < 1000; $i++) { $s += ($i % 3 == 0 && $i % 5 != 0) ? $i : -1; }
echo $s, "\n";
echo ($undef9 && 1) ? "a" : "b", "\n";
class D { function __destruct() { echo "~D "; } }
echo (new D && t(1)) ? "yes" : "no", "\n";
echo (!new D) ? "yes" : "no", "\n";
echo t(0) ?: "elvis", "\n";
--EXPECTF--
t(0) nand t(0) t(0) or t(0) 
t(0) nand t(0) t(1) nor t(0) 
t(1) t(0) nand t(1) or t(1) t(0) 1
t(1) t(1) and t(1) or t(1) t(1) 1
132935

Warning: Undefined variable $undef9 in %s on line 12
b
~D t(1) yes
~D no
t(0) elvis
