--TEST--
usort with a bool-returning callback is deprecated but works
--FILE--
<?php
$a = [3, 1, 2, 5, 4];
usort($a, fn($x, $y) => $x > $y);
var_dump($a);
$b = ['b', 'a', 'c'];
usort($b, fn($x, $y) => $x > $y);
var_dump($b);
--EXPECTF--

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 3
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 6
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
