--TEST--
is_nan, is_finite, is_infinite
--FILE--
<?php
foreach ([1, 1.5, INF, -INF, NAN, "3", PHP_INT_MAX, 1e308 * 10] as $v) {
    var_dump([is_nan($v), is_finite($v), is_infinite($v)]);
}
try { is_nan("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
is_nan(): Argument #1 ($num) must be of type float, string given
