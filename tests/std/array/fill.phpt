--TEST--
array_fill and array_fill_keys
--FILE--
<?php
var_dump(array_fill(5, 3, 'v'), array_fill(-3, 3, 0), array_fill(0, 0, 1));
var_dump(array_fill_keys(['a', 5, 1.5, true, null], 0));
try { array_fill(0, -1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  [5]=>
  string(1) "v"
  [6]=>
  string(1) "v"
  [7]=>
  string(1) "v"
}
array(3) {
  [-3]=>
  int(0)
  [-2]=>
  int(0)
  [-1]=>
  int(0)
}
array(0) {
}
array(5) {
  ["a"]=>
  int(0)
  [5]=>
  int(0)
  ["1.5"]=>
  int(0)
  [1]=>
  int(0)
  [""]=>
  int(0)
}
array_fill(): Argument #2 ($count) must be greater than or equal to 0
