--TEST--
functions taking arrays by reference separate shared arrays
--FILE--
<?php
$a = [3, 1, 2];
$b = $a;
sort($a);
var_dump($a, $b);
$c = [1, 2];
$d = $c;
array_push($d, 3);
var_dump(count($c), count($d));
$e = ['x' => 1];
$f = &$e;
array_pop($f);
var_dump($e);
--EXPECT--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
int(2)
int(3)
array(0) {
}
