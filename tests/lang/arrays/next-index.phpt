--TEST--
next integer index rules: after max key, negative keys (8.3+ behaviour)
--FILE--
<?php
$a = [5 => 'a']; $a[] = 'b'; var_dump(array_keys($a));
$b = [-5 => 'x']; $b[] = 'y'; var_dump(array_keys($b));
$c = ['k' => 1]; $c[] = 2; var_dump(array_keys($c));
$d = [3 => 1]; unset($d[3]); $d[] = 2; var_dump(array_keys($d));
$e = []; $e[-3] = 1; $e[] = 2; var_dump(array_keys($e));
--EXPECT--
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(6)
}
array(2) {
  [0]=>
  int(-5)
  [1]=>
  int(-4)
}
array(2) {
  [0]=>
  string(1) "k"
  [1]=>
  int(0)
}
array(1) {
  [0]=>
  int(4)
}
array(2) {
  [0]=>
  int(-3)
  [1]=>
  int(-2)
}
