--TEST--
list() and [] destructuring with keys, skipping, nesting and swapping
--FILE--
<?php
[$a, $b] = [1, 2]; var_dump($a, $b);
[, $second, , $fourth] = [1, 2, 3, 4]; var_dump($second, $fourth);
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X']; var_dump($x, $y);
[[$p, $q], [$r]] = [[1, 2], [3]]; var_dump($p + $q + $r);
list($m, list(, $n)) = [10, [20, 30]]; var_dump($m, $n);
$a = 1; $b = 2; [$a, $b] = [$b, $a]; var_dump($a, $b);
[$missing1, $missing2] = [1];
var_dump($missing2);
--EXPECTF--
int(1)
int(2)
int(2)
int(4)
string(1) "X"
string(1) "Y"
int(6)
int(10)
int(30)
int(2)
int(1)

Warning: Undefined array key 1 in %s on line 8
NULL
