--TEST--
ksort with mixed integer and string keys
--FILE--
<?php
$a = ['b' => 1, 10 => 2, 'a' => 3, 2 => 4, '1a' => 5, -1 => 6, '' => 7];
ksort($a); var_dump($a);
krsort($a); var_dump($a);
ksort($a, SORT_STRING); var_dump($a);
ksort($a, SORT_NUMERIC); var_dump($a);
--EXPECT--
array(7) {
  [""]=>
  int(7)
  [-1]=>
  int(6)
  [2]=>
  int(4)
  [10]=>
  int(2)
  ["1a"]=>
  int(5)
  ["a"]=>
  int(3)
  ["b"]=>
  int(1)
}
array(7) {
  ["b"]=>
  int(1)
  ["a"]=>
  int(3)
  [10]=>
  int(2)
  [2]=>
  int(4)
  ["1a"]=>
  int(5)
  [-1]=>
  int(6)
  [""]=>
  int(7)
}
array(7) {
  [""]=>
  int(7)
  [-1]=>
  int(6)
  [10]=>
  int(2)
  ["1a"]=>
  int(5)
  [2]=>
  int(4)
  ["a"]=>
  int(3)
  ["b"]=>
  int(1)
}
array(7) {
  [-1]=>
  int(6)
  [""]=>
  int(7)
  ["a"]=>
  int(3)
  ["b"]=>
  int(1)
  ["1a"]=>
  int(5)
  [2]=>
  int(4)
  [10]=>
  int(2)
}
