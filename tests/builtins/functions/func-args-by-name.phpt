--TEST--
func_get_args with variadics and named extra args
--FILE--
<?php
function f(...$a) { return [func_num_args(), $a]; }
var_dump(f(1, 2), f(...['x' => 1]));
--EXPECT--
array(2) {
  [0]=>
  int(2)
  [1]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
array(2) {
  [0]=>
  int(0)
  [1]=>
  array(1) {
    ["x"]=>
    int(1)
  }
}
