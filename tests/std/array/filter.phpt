--TEST--
array_filter default, with callback and modes
--FILE--
<?php
var_dump(array_filter([1, 0, 2, null, 3, '', '0', 'a', [], [0]]));
var_dump(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($v) => $v % 2));
var_dump(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($k) => $k != 'b', ARRAY_FILTER_USE_KEY));
var_dump(array_filter(['a' => 1, 'b' => 2, 'c' => 3], fn($v, $k) => $v > 1 && $k != 'c', ARRAY_FILTER_USE_BOTH));
try { array_filter([1], 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(5) {
  [0]=>
  int(1)
  [2]=>
  int(2)
  [4]=>
  int(3)
  [7]=>
  string(1) "a"
  [9]=>
  array(1) {
    [0]=>
    int(0)
  }
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(2) {
  ["a"]=>
  int(1)
  ["c"]=>
  int(3)
}
array(1) {
  ["b"]=>
  int(2)
}
array_filter(): Argument #2 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
