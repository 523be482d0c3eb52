--TEST--
range argument errors and warnings
--FILE--
<?php
foreach ([[1, 2, 0], [1, 3, -1], [1, 2, 5], [1, INF, 1], [0, 1, NAN]] as [$a, $b, $s]) {
    try { var_dump(range($a, $b, $s)); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { range(1, 2, 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(range('', 'c'), range('ab', 'cd'), range('a', 3), range('a', 'c', 1.5));
--EXPECTF--
ValueError: range(): Argument #3 ($step) cannot be 0
ValueError: range(): Argument #3 ($step) must be greater than 0 for increasing ranges
ValueError: range(): Argument #3 ($step) must be less than the range spanned by argument #1 ($start) and argument #2 ($end)
ValueError: range(): Argument #2 ($end) must be a finite number, INF provided
ValueError: range(): Argument #3 ($step) must be a finite number, NAN provided
range(): Argument #3 ($step) must be of type int|float, string given

Warning: range(): Argument #1 ($start) must not be empty, casted to 0 in %s on line 6

Warning: range(): Argument #1 ($start) must be a single byte string if argument #2 ($end) is a single byte string, argument #2 ($end) converted to 0 in %s on line 6

Warning: range(): Argument #1 ($start) must be a single byte, subsequent bytes are ignored in %s on line 6

Warning: range(): Argument #2 ($end) must be a single byte, subsequent bytes are ignored in %s on line 6

Warning: range(): Argument #2 ($end) must be a single byte string if argument #1 ($start) is a single byte string, argument #1 ($start) converted to 0 in %s on line 6

Warning: range(): Argument #3 ($step) must be of type int when generating an array of characters, inputs converted to 0 in %s on line 6
array(1) {
  [0]=>
  int(0)
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(1) {
  [0]=>
  float(0)
}
