--TEST--
arrays copy on write: a copy does not see later changes
--FILE--
<?php
$a = [1, 2, 3];
$b = $a;
$b[] = 4;
$a[0] = 'x';
var_dump($a, $b);
--EXPECT--
array(3) {
  [0]=>
  string(1) "x"
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
