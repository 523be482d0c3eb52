--TEST--
sort and rsort with default flags
--FILE--
<?php
$a = [3, '10', 1, '2', 2.5, 'abc', true];
sort($a); var_dump($a);
$b = ['banana', 'apple', 'Cherry', 'apple10', 'apple9'];
rsort($b); var_dump($b);
$c = [];
var_dump(sort($c), $c);
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
array(5) {
  [0]=>
  string(6) "banana"
  [1]=>
  string(6) "apple9"
  [2]=>
  string(7) "apple10"
  [3]=>
  string(5) "apple"
  [4]=>
  string(6) "Cherry"
}
bool(true)
array(0) {
}
