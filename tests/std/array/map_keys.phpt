--TEST--
array_map key preservation rules
--FILE--
<?php
var_dump(array_map(fn($v) => $v, [3 => 'a', 1 => 'b']));
var_dump(array_map(fn($a, $b) => $a . $b, ['x' => 'a'], ['y' => 'b']));
var_dump(array_map(null, []));
var_dump(array_map(fn($x) => $x, []));
$n = ['one' => 1];
var_dump(array_map(null, $n, $n));
--EXPECT--
array(2) {
  [3]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(2) "ab"
}
array(0) {
}
array(0) {
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(1)
  }
}
