--TEST--
usort, uasort, uksort with user callbacks
--FILE--
<?php
$a = [3, 1, 2];
usort($a, fn($x, $y) => $y - $x); var_dump($a);
$b = ['x' => 3, 'y' => 1, 'z' => 2];
uasort($b, fn($x, $y) => $x <=> $y); var_dump($b);
uksort($b, fn($x, $y) => strcmp($y, $x)); var_dump($b);
$c = [0.5, 0.2, 0.9];
usort($c, fn($x, $y) => $x - $y); var_dump($c);
--EXPECT--
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  ["y"]=>
  int(1)
  ["z"]=>
  int(2)
  ["x"]=>
  int(3)
}
array(3) {
  ["z"]=>
  int(2)
  ["y"]=>
  int(1)
  ["x"]=>
  int(3)
}
array(3) {
  [0]=>
  float(0.5)
  [1]=>
  float(0.2)
  [2]=>
  float(0.9)
}
