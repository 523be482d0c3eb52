--TEST--
iterator_to_array, iterator_count, iterator_apply
--FILE--
<?php
$it = new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3]);
var_dump(iterator_to_array($it), iterator_to_array($it, false), iterator_count($it));
$n = 0; iterator_apply($it, function () use (&$n) { $n++; return true; }); var_dump($n);
var_dump(iterator_to_array([1, 2]));
--EXPECT--
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  ["c"]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(3)
int(3)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
