--TEST--
Constant array unions fold at compile time; strtolower/strtoupper and one-byte str_repeat results are strings of their own
--FILE--
<?php
var_dump(['a' => 1, 5 => 'x'] + ['b' => 2, 'a' => 9, 5 => 'y', 6 => 'z'], [1, 2] + [3, 4, 5], [] + [1], [1] + []);
const U = ['k' => 1] + ['j' => 2]; var_dump(U);
function m() { return memory_get_usage(); }
$m0 = m(); $x = ['a' => 1] + ['b' => 2]; echo "folded union: ", m() - $m0, "\n";
$m0 = m(); $y = strtolower("A"); echo "strtolower 1: ", m() - $m0, "\n";
$m0 = m(); $z = strtoupper("abc"); echo "strtoupper: ", m() - $m0, "\n";
$m0 = m(); $w = str_repeat("a", 1); echo "str_repeat 1: ", m() - $m0, "\n";
--EXPECT--
array(4) {
  ["a"]=>
  int(1)
  [5]=>
  string(1) "x"
  ["b"]=>
  int(2)
  [6]=>
  string(1) "z"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(5)
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  ["k"]=>
  int(1)
  ["j"]=>
  int(2)
}
folded union: 0
strtolower 1: 32
strtoupper: 32
str_repeat 1: 40
