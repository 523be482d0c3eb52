--TEST--
A for loop's step and condition run as one instruction, and every way out of that form
--FILE--
<?php
// A for loop's step and condition run as one instruction: every way out of the fast form.
for ($i = PHP_INT_MAX - 2; $i < PHP_INT_MAX; $i++) { echo $i, "\n"; }
var_dump($i);
for ($i = PHP_INT_MAX - 2; $i <= PHP_INT_MAX; $i++) { echo gettype($i), " ", $i, "\n"; if (is_float($i)) break; }
for ($i = PHP_INT_MIN + 2; $i > PHP_INT_MIN; --$i) { echo $i, "\n"; }
for ($i = 0.5; $i < 3; $i++) { echo $i, " "; } echo "\n";
for ($i = "1"; $i < 4; $i++) { var_dump($i); }
for ($i = "a"; $i < "e"; $i++) { echo $i; } echo "\n";
$n = 5;
for ($i = 0; $i < $n; $i++) { if ($i == 2) { $n = 3.5; } echo $i, " "; } echo "\n";
for ($i = 0; $i < $n; $i++) { if ($i == 1) { $n = "2"; } echo $i, " "; } echo "\n";
for ($i = 10; $i >= 0; $i -= 3) { echo $i, " "; } echo "\n";
for ($i = 10; $i != 0; --$i) { if ($i % 3) continue; echo $i, " "; } echo "\n";
$j = 0;
while ($j < 5) { echo $j; $j++; } echo "\n";
do { echo $j; $j--; } while ($j > 0); echo "\n";
for ($i = 0, $k = 0; $i < 100; $i++) { if ($i == 3) { $i = null; } $k++; if ($k > 10) break; } var_dump($i, $k);
function f($m) { $s = 0; for ($i = 0; $i < $m; ++$i) { $s += $i; } return $s; }
echo f(10), " ", f(0), " ", f(-3), "\n";
for ($i = 0; $i < 3; $i++) { $a[] = $i; } var_dump($a);
$r = 0; $ref = &$r;
for ($r = 0; $r < 3; $r++) { echo $ref; } echo "\n";
--EXPECT--
9223372036854775805
9223372036854775806
int(9223372036854775807)
integer 9223372036854775805
integer 9223372036854775806
integer 9223372036854775807
double 9.2233720368548E+18
-9223372036854775806
-9223372036854775807
0.5 1.5 2.5 
string(1) "1"
int(2)
int(3)
abcd
0 1 2 3 
0 1 
10 7 4 1 
9 6 3 
01234
54321
int(1)
int(11)
45 0 0
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
012
