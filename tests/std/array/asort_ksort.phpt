--TEST--
asort, arsort, ksort, krsort keep keys
--FILE--
<?php
$a = ['b' => 2, 'a' => 3, 'c' => 1, 10 => 0, 9 => 5];
$x = $a; asort($x); var_dump($x);
$x = $a; arsort($x); var_dump($x);
$x = $a; ksort($x); var_dump($x);
$x = $a; krsort($x); var_dump($x);
$k = ['10' => 'a', '9' => 'b', 'x' => 'c', '1e1' => 'd'];
ksort($k); var_dump($k);
ksort($k, SORT_STRING); var_dump($k);
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
array(4) {
  [9]=>
  string(1) "b"
  [10]=>
  string(1) "a"
  ["1e1"]=>
  string(1) "d"
  ["x"]=>
  string(1) "c"
}
array(4) {
  [10]=>
  string(1) "a"
  ["1e1"]=>
  string(1) "d"
  [9]=>
  string(1) "b"
  ["x"]=>
  string(1) "c"
}
