--TEST--
range() argument errors
--FILE--
<?php
try { range(1, 2, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { range(1, 2, -1); var_dump(range(1, 2, -1)); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(range(1, 1));
--EXPECT--
range(): Argument #3 ($step) cannot be 0
range(): Argument #3 ($step) must be greater than 0 for increasing ranges
array(1) {
  [0]=>
  int(1)
}
