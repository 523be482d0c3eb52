--TEST--
count (recursive) and range with steps, letters and floats
--FILE--
<?php
var_dump(count([1, [2, 3]]), count([1, [2, 3]], COUNT_RECURSIVE), range(1, 5), range(5, 1, 2), range('a', 'e'), range(0, 1, 0.25), range('A', 'z', 10));
try { count(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(2)
int(4)
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(3) {
  [0]=>
  int(5)
  [1]=>
  int(3)
  [2]=>
  int(1)
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
  [4]=>
  string(1) "e"
}
array(5) {
  [0]=>
  float(0)
  [1]=>
  float(0.25)
  [2]=>
  float(0.5)
  [3]=>
  float(0.75)
  [4]=>
  float(1)
}
array(6) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "K"
  [2]=>
  string(1) "U"
  [3]=>
  string(1) "_"
  [4]=>
  string(1) "i"
  [5]=>
  string(1) "s"
}
count(): Argument #1 ($value) must be of type Countable|array, null given
