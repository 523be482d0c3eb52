--TEST--
array with references shows in var_dump without markers; debug_zval_dump shows reference
--FILE--
<?php
$x = 1; $a = [&$x, 2];
var_dump($a);
--EXPECT--
array(2) {
  [0]=>
  &int(1)
  [1]=>
  int(2)
}
