--TEST--
asort, arsort, ksort, krsort keep key association
--FILE--
<?php
$a = ['b' => 2, 'a' => 3, 'c' => 1, 10 => 0, 9 => 5];
$x = $a; asort($x); var_dump($x);
$x = $a; arsort($x); var_dump($x);
$x = $a; ksort($x); var_dump($x);
$x = $a; krsort($x); var_dump($x);
--EXPECT--
array(5) {
  [10]=>
  int(0)
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
  [9]=>
  int(5)
}
array(5) {
  [9]=>
  int(5)
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  ["c"]=>
  int(1)
  [10]=>
  int(0)
}
array(5) {
  [9]=>
  int(5)
  [10]=>
  int(0)
  ["a"]=>
  int(3)
  ["b"]=>
  int(2)
  ["c"]=>
  int(1)
}
array(5) {
  ["c"]=>
  int(1)
  ["b"]=>
  int(2)
  ["a"]=>
  int(3)
  [10]=>
  int(0)
  [9]=>
  int(5)
}
