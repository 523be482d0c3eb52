--TEST--
func_get_args, func_num_args, func_get_arg
--FILE--
<?php
function f($a, $b = 'def') { var_dump(func_num_args(), func_get_args(), func_get_arg(0)); $a = 'changed'; var_dump(func_get_arg(0)); }
f(1); f(1, 2, 3);
--EXPECT--
int(1)
array(1) {
  [0]=>
  int(1)
}
int(1)
string(7) "changed"
int(3)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(1)
string(7) "changed"
