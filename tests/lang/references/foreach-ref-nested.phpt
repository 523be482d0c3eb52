--TEST--
modifying nested arrays through foreach references
--FILE--
<?php
$m = [[1, 2], [3, 4]];
foreach ($m as &$row) { foreach ($row as &$cell) { $cell *= 2; } unset($cell); }
unset($row);
var_dump($m);
--EXPECT--
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(2)
    [1]=>
    int(4)
  }
  [1]=>
  array(2) {
    [0]=>
    int(6)
    [1]=>
    int(8)
  }
}
