--TEST--
min and max with arrays, mixed types and strings
--FILE--
<?php
var_dump(max(1, 2, 3), min([4, 2, 8]), max("apple", "banana"), max([1, 2], [1, 3]), max(1, "2", 3.5), min("10", 9), max("abc", 0), min(null, -1));
try { max([]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(3)
int(2)
string(6) "banana"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
float(3.5)
int(9)
string(3) "abc"
NULL
max(): Argument #1 ($value) must contain at least one element
