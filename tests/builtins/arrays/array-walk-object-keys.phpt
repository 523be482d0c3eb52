--TEST--
array_keys and array_values on objects cast to arrays
--FILE--
<?php
class P { public $a = 1; protected $b = 2; private $c = 3; }
$arr = (array) new P;
var_dump(count($arr), array_map('strlen', array_keys($arr)));
foreach ($arr as $k => $v) echo str_replace("\0", '\0', $k), "=$v\n";
--EXPECT--
int(3)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  int(4)
}
a=1
\0*\0b=2
\0P\0c=3
