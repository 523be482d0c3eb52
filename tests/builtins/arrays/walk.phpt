--TEST--
array_walk and array_walk_recursive with references and extra argument
--FILE--
<?php
$a = ['a' => 1, 'b' => 2];
array_walk($a, function (&$v, $k, $prefix) { $v = "$prefix$k=$v"; }, '#');
var_dump($a);
$n = [1, [2, [3]]];
array_walk_recursive($n, function (&$v) { $v *= 10; });
var_dump($n);
--EXPECT--
array(2) {
  ["a"]=>
  string(4) "#a=1"
  ["b"]=>
  string(4) "#b=2"
}
array(2) {
  [0]=>
  int(10)
  [1]=>
  array(2) {
    [0]=>
    int(20)
    [1]=>
    array(1) {
      [0]=>
      int(30)
    }
  }
}
