--TEST--
Concatenation with a temporary string on the left extends it in place: values and kept memory as PHP's
--FILE--
<?php
// A concatenation whose left side is a temporary string held alone extends that string, as
// PHP's does: the strings kept and their memory are PHP's.
$m = memory_get_usage();
$k3 = [];
for ($i = 0; $i < 500; $i++) { $k3[] = substr("abcdef", $i % 6) . "|"; }
echo memory_get_usage() - $m, "\n";
echo $k3[0], " ", $k3[5], " ", $k3[499], "\n";
$keep = [];
for ($i = 0; $i < 50; $i++) { $keep[] = str_repeat("ab", $i % 7) . "-" . $i . "|" . substr("abcdef", $i % 6); }
echo implode(",", array_slice($keep, 0, 8)), "\n";
$s = str_repeat("x", 3) . ""; $t = "" . str_repeat("y", 2); $u = strtoupper("a") . "b";
var_dump($s, $t, $u);
$lit = "q"; $v = $lit . "r"; $w = $v . $v; var_dump($lit, $v, $w);
$x = str_repeat("z", 2); $y = $x . "!"; var_dump($x, $y);
--EXPECT--
31008
abcdef| f| bcdef|
-0|abcdef,ab-1|bcdef,abab-2|cdef,ababab-3|def,abababab-4|ef,ababababab-5|f,abababababab-6|abcdef,-7|bcdef
string(3) "xxx"
string(2) "yy"
string(2) "Ab"
string(1) "q"
string(2) "qr"
string(4) "qrqr"
string(2) "zz"
string(3) "zz!"
