--TEST--
destructuring by reference
--FILE--
<?php
$arr = [1, [2, 3]];
[$a, [&$b, $c]] = $arr;
$b = 20;
var_dump($arr);
foreach ([[1, 2], [3, 4]] as [$x, $y]) echo $x * $y, " ";
echo "\n";
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
2 12 
