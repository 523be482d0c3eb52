--TEST--
sorting mixed types follows PHP 8 comparison
--FILE--
<?php
$a = ["b", 10, "a", 2, "10", 1.5, null, false, true];
sort($a);
var_dump($a);
--EXPECT--
array(9) {
  [0]=>
  NULL
  [1]=>
  bool(false)
  [2]=>
  float(1.5)
  [3]=>
  int(2)
  [4]=>
  int(10)
  [5]=>
  string(2) "10"
  [6]=>
  string(1) "a"
  [7]=>
  string(1) "b"
  [8]=>
  bool(true)
}
