--TEST--
array_diff, array_diff_key, array_diff_assoc, array_intersect family, udiff
--FILE--
<?php
$a = ['a' => 'green', 'red', 'blue', 'red'];
$b = ['b' => 'green', 'yellow', 'red'];
var_dump(array_diff($a, $b), array_intersect($a, $b), array_diff_key(['a' => 1, 'b' => 2, 0 => 3], ['a' => 9]), array_diff_assoc(['a' => 'g', 'b' => 'br', 0 => 'r'], ['a' => 'g', 'B' => 'br', 0 => 'y']), array_intersect_key(['a' => 1, 'b' => 2, 'c' => 3], ['a' => 0, 'c' => 0]), array_intersect_assoc(['a' => 'g', 'b' => 'r'], ['a' => 'g', 'b' => 'x']), array_udiff([1, 5, 3], [3], fn($x, $y) => $x <=> $y));
--EXPECT--
array(1) {
  [1]=>
  string(4) "blue"
}
array(3) {
  ["a"]=>
  string(5) "green"
  [0]=>
  string(3) "red"
  [2]=>
  string(3) "red"
}
array(2) {
  ["b"]=>
  int(2)
  [0]=>
  int(3)
}
array(2) {
  ["b"]=>
  string(2) "br"
  [0]=>
  string(1) "r"
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(1) {
  ["a"]=>
  string(1) "g"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(5)
}
