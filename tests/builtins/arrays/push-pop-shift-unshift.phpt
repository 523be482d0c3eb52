--TEST--
array_push, array_pop, array_shift, array_unshift renumbering
--FILE--
<?php
$a = [5 => 'a', 'k' => 'b', 7 => 'c'];
var_dump(array_push($a, 'd', 'e'), $a);
var_dump(array_pop($a), array_shift($a), $a);
var_dump(array_unshift($a, 'z'), $a);
$e = []; var_dump(array_pop($e), array_shift($e));
--EXPECT--
int(5)
array(5) {
  [5]=>
  string(1) "a"
  ["k"]=>
  string(1) "b"
  [7]=>
  string(1) "c"
  [8]=>
  string(1) "d"
  [9]=>
  string(1) "e"
}
string(1) "e"
string(1) "a"
array(3) {
  ["k"]=>
  string(1) "b"
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "d"
}
int(4)
array(4) {
  [0]=>
  string(1) "z"
  ["k"]=>
  string(1) "b"
  [1]=>
  string(1) "c"
  [2]=>
  string(1) "d"
}
NULL
NULL
