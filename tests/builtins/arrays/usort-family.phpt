--TEST--
usort, uasort, uksort with callbacks returning bool or int
--FILE--
<?php
$a = [3, 1, 2];
usort($a, fn($x, $y) => $x > $y); var_dump($a);
$b = ['x' => 3, 'y' => 1, 'z' => 2];
uasort($b, fn($x, $y) => $x - $y); var_dump($b);
uksort($b, fn($x, $y) => strcmp($y, $x)); var_dump($b);
--EXPECTF--

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 3
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
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
