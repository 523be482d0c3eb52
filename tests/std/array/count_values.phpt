--TEST--
array_count_values counts strings and ints
--FILE--
<?php
var_dump(array_count_values([1, 'a', 1, 'b', 'a', '1', 1.5]));
--EXPECTF--

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2
array(3) {
  [1]=>
  int(3)
  ["a"]=>
  int(2)
  ["b"]=>
  int(1)
}
