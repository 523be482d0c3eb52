--TEST--
natsort and natcasesort keep keys
--FILE--
<?php
$a = ['img12.png', 'img10.png', 'IMG2.png', 'img1.png', 'img 3.png', 'img02.png'];
$x = $a; natsort($x); var_dump($x);
$x = $a; natcasesort($x); var_dump($x);
$n = ['1.10', '1.9', '1.010', '0.5', '00.5'];
natsort($n); var_dump($n);
--EXPECT--
array(6) {
  [2]=>
  string(8) "IMG2.png"
  [5]=>
  string(9) "img02.png"
  [3]=>
  string(8) "img1.png"
  [4]=>
  string(9) "img 3.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
array(6) {
  [5]=>
  string(9) "img02.png"
  [3]=>
  string(8) "img1.png"
  [2]=>
  string(8) "IMG2.png"
  [4]=>
  string(9) "img 3.png"
  [1]=>
  string(9) "img10.png"
  [0]=>
  string(9) "img12.png"
}
array(5) {
  [3]=>
  string(3) "0.5"
  [4]=>
  string(4) "00.5"
  [2]=>
  string(5) "1.010"
  [1]=>
  string(3) "1.9"
  [0]=>
  string(4) "1.10"
}
