--TEST--
sorting floats, negative numbers, INF and numeric strings
--FILE--
<?php
$a = [1.5, -2, '3', -0.5, INF, -INF, 0, '1e1', '-7'];
sort($a); var_dump($a);
rsort($a); var_dump($a);
$s = ['b10', 'b9', 'B2', 'a-1', 'a-10', '-5', '5'];
natsort($s); var_dump($s);
natcasesort($s); var_dump($s);
--EXPECT--
array(9) {
  [0]=>
  float(-INF)
  [1]=>
  string(2) "-7"
  [2]=>
  int(-2)
  [3]=>
  float(-0.5)
  [4]=>
  int(0)
  [5]=>
  float(1.5)
  [6]=>
  string(1) "3"
  [7]=>
  string(3) "1e1"
  [8]=>
  float(INF)
}
array(9) {
  [0]=>
  float(INF)
  [1]=>
  string(3) "1e1"
  [2]=>
  string(1) "3"
  [3]=>
  float(1.5)
  [4]=>
  int(0)
  [5]=>
  float(-0.5)
  [6]=>
  int(-2)
  [7]=>
  string(2) "-7"
  [8]=>
  float(-INF)
}
array(7) {
  [5]=>
  string(2) "-5"
  [6]=>
  string(1) "5"
  [2]=>
  string(2) "B2"
  [3]=>
  string(3) "a-1"
  [4]=>
  string(4) "a-10"
  [1]=>
  string(2) "b9"
  [0]=>
  string(3) "b10"
}
array(7) {
  [5]=>
  string(2) "-5"
  [6]=>
  string(1) "5"
  [3]=>
  string(3) "a-1"
  [4]=>
  string(4) "a-10"
  [2]=>
  string(2) "B2"
  [1]=>
  string(2) "b9"
  [0]=>
  string(3) "b10"
}
