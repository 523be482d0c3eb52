--TEST--
array_combine with mixed keys and a size mismatch
--FILE--
<?php
var_dump(array_combine(['a', 1, 1.5, true, null], [1, 2, 3, 4, 5]));
try { array_combine([1, 2], [1]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(4) {
  ["a"]=>
  int(1)
  [1]=>
  int(4)
  ["1.5"]=>
  int(3)
  [""]=>
  int(5)
}
array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
