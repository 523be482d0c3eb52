--TEST--
spread operator in array literals, including string keys (8.1+)
--FILE--
<?php
$a = [1, 2]; $b = ['x' => 'X', 3];
var_dump([...$a, ...$b, 9], [...['k' => 1], ...['k' => 2]]);
function gen() { yield 'g1'; yield 'g2'; }
var_dump([...gen()]);
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  ["x"]=>
  string(1) "X"
  [2]=>
  int(3)
  [3]=>
  int(9)
}
array(1) {
  ["k"]=>
  int(2)
}
array(2) {
  [0]=>
  string(2) "g1"
  [1]=>
  string(2) "g2"
}
