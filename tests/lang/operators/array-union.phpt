--TEST--
array + array keeps the left keys
--FILE--
<?php
var_dump([1, 2] + [5, 6, 7], ['a' => 1] + ['a' => 2, 'b' => 3]);
$x = ['k' => 'v']; $x += ['k' => 'w', 'n' => 'm']; var_dump($x);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(7)
}
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(3)
}
array(2) {
  ["k"]=>
  string(1) "v"
  ["n"]=>
  string(1) "m"
}
