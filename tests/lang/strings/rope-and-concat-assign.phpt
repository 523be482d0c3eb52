--TEST--
Interpolation and .= with strings and integers: values, sizes and sharing
--FILE--
<?php
// Interpolation (ropes) and `.=` with strings and integers: values, sizes, sharing.
$i = 42; $n = -7; $min = PHP_INT_MIN; $e = ''; $a = 'a'; $w = 'word';
echo "x$i,$n|$min|$e|$a$w", "\n";
echo "$e$e" === '' ? "empty\n" : "not empty\n";
debug_zval_dump("$e$a");            // one byte: interned
debug_zval_dump("$a$w$i");
$s = 'start';
$t = $s;                             // shared: `.=` copies
$s .= $i; $s .= "-"; $s .= $w; $s .= $s;
var_dump($s, $t);
$f = 1.5; $b = true; $nul = null;
echo "f=$f b=$b n=$nul", "\n";      // other kinds take the general path
$m0 = memory_get_usage();
$r = "item $i and $w";
$m1 = memory_get_usage();
echo $m1 - $m0, "\n";
$acc = '';
$m2 = memory_get_usage();
for ($k = 0; $k < 100; $k++) { $acc .= "$k,"; }
echo strlen($acc), " ", memory_get_usage() - $m2, "\n";
$x = 'x'; $x .= 5; $x .= -5; var_dump($x);
$long = str_repeat('L', 60);
$r2 = "$long|$i|$long|$min";             // longer than a short rope's buffer
echo strlen($r2), " ", substr($r2, 55, 20), " ", substr($r2, -22), "\n";
$m3 = memory_get_usage(); $r3 = "$long$long$i"; echo memory_get_usage() - $m3, "\n";
$parts9 = "$a$a$a$a$a$a$a$a$i";          // more parts than the gathered form takes
echo $parts9, "\n";
--EXPECT--
x42,-7|-9223372036854775808||aword
empty
string(1) "a" interned
string(7) "aword42" refcount(1)
string(24) "start42-wordstart42-word"
string(5) "start"
f=1.5 b=1 n=
48
290 384
string(4) "x5-5"
145 LLLLL|42|LLLLLLLLLLL L|-9223372036854775808
160
aaaaaaaa42
