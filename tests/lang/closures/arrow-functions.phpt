--TEST--
arrow functions capture by value automatically and nest
--FILE--
<?php
$y = 5;
$add = fn($x) => $x + $y;
$y = 100;
var_dump($add(1));
$mul = fn($a) => fn($b) => $a * $b;
var_dump($mul(3)(4));
$z = 1; $mod = fn() => $z++; $mod(); var_dump($z);
var_dump(array_map(fn($v): string => "<$v>", [1, 2]));
--EXPECT--
int(6)
int(12)
int(1)
array(2) {
  [0]=>
  string(3) "<1>"
  [1]=>
  string(3) "<2>"
}
