--TEST--
shuffle, array_rand and str_shuffle are deterministic after mt_srand
--FILE--
<?php
mt_srand(42);
$a = range(1, 10); shuffle($a); echo implode(",", $a), "\n";
var_dump(array_rand(['a' => 1, 'b' => 2, 'c' => 3]), array_rand(range(0, 9), 3), str_shuffle("abcdef"));
--EXPECT--
2,4,10,8,7,1,9,5,6,3
string(1) "c"
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(4)
  [2]=>
  int(8)
}
string(6) "decfba"
