--TEST--
closures and callables used with usort, array_map and array_filter keep their use variables
--FILE--
<?php
$factor = 3;
$data = [3, 1, 2];
usort($data, function ($a, $b) use ($factor) { return ($b * $factor) <=> ($a * $factor); });
var_dump($data, array_map(fn($x) => $x * $factor, $data), array_values(array_filter($data, fn($x) => $x > $factor - 2)));
--EXPECT--
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  int(9)
  [1]=>
  int(6)
  [2]=>
  int(3)
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(2)
}
