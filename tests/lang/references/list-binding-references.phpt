--TEST--
list() patterns binding references: top level, nested, keyed, and in foreach
--FILE--
<?php
$arr = [1, [2, 3]];
[$a, [&$b, $c]] = $arr; $b = 20; var_dump($arr);
$x = [1, 2]; [&$p, $q] = $x; $p = 9; var_dump($x);
$y = ["k" => [5, 6]]; ["k" => [&$r, $s]] = $y; $r = 7; var_dump($y, $s);
foreach ([[1, 2]] as [$m, $n]) echo $m + $n, "\n";
$z = [[1, 2], [3, 4]];
foreach ($z as [&$first, $second]) { $first *= 10; }
unset($first);
var_dump($z);
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    &int(20)
    [1]=>
    int(3)
  }
}
array(2) {
  [0]=>
  &int(9)
  [1]=>
  int(2)
}
array(1) {
  ["k"]=>
  array(2) {
    [0]=>
    &int(7)
    [1]=>
    int(6)
  }
}
int(6)
3
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(10)
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    int(30)
    [1]=>
    int(4)
  }
}
