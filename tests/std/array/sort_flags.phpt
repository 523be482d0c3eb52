--TEST--
sort with SORT_STRING, SORT_NUMERIC, SORT_NATURAL, SORT_FLAG_CASE
--FILE--
<?php
$x = ['10', 9, '9a', 1e1, 'B', 'a', 'img12', 'img10', 'IMG2'];
$a = $x; sort($a, SORT_STRING); var_dump($a);
$a = $x; sort($a, SORT_STRING | SORT_FLAG_CASE); var_dump($a);
$a = ['10', '9', '1e1', '0x1', '3.5']; sort($a, SORT_NUMERIC); var_dump($a);
$a = ['img12', 'img10', 'IMG2', 'img1']; sort($a, SORT_NATURAL); var_dump($a);
$a = ['img12', 'img10', 'IMG2', 'img1']; sort($a, SORT_NATURAL | SORT_FLAG_CASE); var_dump($a);
--EXPECT--
array(9) {
  [0]=>
  string(2) "10"
  [1]=>
  float(10)
  [2]=>
  int(9)
  [3]=>
  string(2) "9a"
  [4]=>
  string(1) "B"
  [5]=>
  string(4) "IMG2"
  [6]=>
  string(1) "a"
  [7]=>
  string(5) "img10"
  [8]=>
  string(5) "img12"
}
array(9) {
  [0]=>
  string(2) "10"
  [1]=>
  float(10)
  [2]=>
  int(9)
  [3]=>
  string(2) "9a"
  [4]=>
  string(1) "a"
  [5]=>
  string(1) "B"
  [6]=>
  string(5) "img10"
  [7]=>
  string(5) "img12"
  [8]=>
  string(4) "IMG2"
}
array(5) {
  [0]=>
  string(3) "0x1"
  [1]=>
  string(3) "3.5"
  [2]=>
  string(1) "9"
  [3]=>
  string(2) "10"
  [4]=>
  string(3) "1e1"
}
array(4) {
  [0]=>
  string(4) "IMG2"
  [1]=>
  string(4) "img1"
  [2]=>
  string(5) "img10"
  [3]=>
  string(5) "img12"
}
array(4) {
  [0]=>
  string(4) "img1"
  [1]=>
  string(4) "IMG2"
  [2]=>
  string(5) "img10"
  [3]=>
  string(5) "img12"
}
