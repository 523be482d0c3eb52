--TEST--
array_flip skips values that cannot be keys
--FILE--
<?php
var_dump(array_flip(['a', 'b', 'a', 7 => 10, '08']));
var_dump(array_flip([1.5, 'x', true]));
--EXPECTF--
array(4) {
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
  [10]=>
  int(7)
  ["08"]=>
  int(8)
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3
array(1) {
  ["x"]=>
  int(1)
}
