--TEST--
natsort and natcasesort keep keys
--FILE--
<?php
$a = ["img12.png", "img10.png", "IMG2.png", "img1.png"];
$b = $a; natsort($b); var_dump($b);
$c = $a; natcasesort($c); var_dump($c);
--EXPECT--
array(4) {
  [2]=>
  string(8) "IMG2.png"
  [3]=>
  string(8) "img1.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
array(4) {
  [3]=>
  string(8) "img1.png"
  [2]=>
  string(8) "IMG2.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
