--TEST--
array_multisort with string flags and data columns
--FILE--
<?php
$data = [['v' => 67, 'e' => 2], ['v' => 86, 'e' => 1], ['v' => 85, 'e' => 6], ['v' => 98, 'e' => 2], ['v' => 86, 'e' => 6], ['v' => 67, 'e' => 7]];
$v = array_column($data, 'v');
$e = array_column($data, 'e');
array_multisort($v, SORT_DESC, $e, SORT_ASC, $data);
echo json_encode($data), "\n";
$words = ['banana', 'Apple', 'cherry', 'apple'];
array_multisort($words, SORT_STRING | SORT_FLAG_CASE);
var_dump($words);
try { $x = [1, 2]; $y = [1]; array_multisort($x, $y); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
[{"v":98,"e":2},{"v":86,"e":1},{"v":86,"e":6},{"v":85,"e":6},{"v":67,"e":2},{"v":67,"e":7}]
array(4) {
  [0]=>
  string(5) "Apple"
  [1]=>
  string(5) "apple"
  [2]=>
  string(6) "banana"
  [3]=>
  string(6) "cherry"
}
Array sizes are inconsistent
