--TEST--
writing into nested arrays creates intermediate arrays
--FILE--
<?php
$a = [];
$a['x']['y'][] = 1;
$a['x']['y'][] = 2;
$a['x']['z'] = 'z';
var_dump($a);
$n = null; $n[] = 'from null'; var_dump($n);
--EXPECT--
array(1) {
  ["x"]=>
  array(2) {
    ["y"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
    ["z"]=>
    string(1) "z"
  }
}
array(1) {
  [0]=>
  string(9) "from null"
}
