--TEST--
array functions with keys that need normalisation
--FILE--
<?php
var_dump(array_flip(['1', '01', 1.5 => 'x']), array_combine(['1', '1.5', true], [1, 2, 3]), array_fill_keys(['1', 'a'], 0));
--EXPECTF--

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
array(2) {
  [1]=>
  int(0)
  ["x"]=>
  int(1)
}
array(2) {
  [1]=>
  int(3)
  ["1.5"]=>
  int(2)
}
array(2) {
  [1]=>
  int(0)
  ["a"]=>
  int(0)
}
