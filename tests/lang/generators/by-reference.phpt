--TEST--
generators yielding by reference
--FILE--
<?php
function &refGen(array &$arr) { foreach ($arr as $k => &$v) { yield $k => $v; } }
$data = [1, 2, 3];
foreach (refGen($data) as &$value) { $value *= 10; }
unset($value);
var_dump($data);
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
