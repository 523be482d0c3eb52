--TEST--
foreach by reference modifies the array; the dangling reference trap
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$v) { $v *= 10; }
var_dump($a);
foreach ($a as $v) {}
var_dump($a);
unset($v);
$b = [1, 2];
foreach ($b as $k => &$w) { if ($k == 0) { $b[] = 3; } echo $w, " "; }
echo "\n";
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  &int(30)
}
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  &int(20)
}
1 2 3 
