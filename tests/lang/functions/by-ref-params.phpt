--TEST--
passing arguments by reference
--FILE--
<?php
function inc(&$x) { $x++; }
function setKey(array &$a, $k) { $a[$k] = true; }
$n = 1; inc($n); inc($n); var_dump($n);
$arr = []; setKey($arr, 'a'); setKey($arr, 'b'); var_dump($arr);
function &getRef(array &$a) { return $a[0]; }
$data = [1, 2]; $r = &getRef($data); $r = 100; var_dump($data);
inc($undefinedYet); var_dump($undefinedYet);
--EXPECT--
int(3)
array(2) {
  ["a"]=>
  bool(true)
  ["b"]=>
  bool(true)
}
array(2) {
  [0]=>
  &int(100)
  [1]=>
  int(2)
}
int(1)
