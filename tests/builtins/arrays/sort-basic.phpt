--TEST--
sort, rsort, with flags; sort renumbers keys
--FILE--
<?php
$a = [3, "10", 1, "2", 2.5, "abc", true];
$s = $a; sort($s); var_dump($s);
$n = ["10", "9", "2", "1"]; sort($n, SORT_STRING); var_dump($n);
$r = [3, 1, 2]; rsort($r); var_dump($r);
$m = ["b", "a", "C", "B"]; sort($m, SORT_FLAG_CASE | SORT_STRING); var_dump($m);
$nat = ["img12.png", "img10.png", "IMG2.png", "img1.png"]; sort($nat, SORT_NATURAL | SORT_FLAG_CASE); var_dump($nat);
--EXPECT--
array(7) {
  [0]=>
  int(1)
  [1]=>
  string(1) "2"
  [2]=>
  float(2.5)
  [3]=>
  int(3)
  [4]=>
  string(2) "10"
  [5]=>
  string(3) "abc"
  [6]=>
  bool(true)
}
array(4) {
  [0]=>
  string(1) "1"
  [1]=>
  string(2) "10"
  [2]=>
  string(1) "2"
  [3]=>
  string(1) "9"
}
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "B"
  [3]=>
  string(1) "C"
}
array(4) {
  [0]=>
  string(8) "img1.png"
  [1]=>
  string(8) "IMG2.png"
  [2]=>
  string(9) "img10.png"
  [3]=>
  string(9) "img12.png"
}
