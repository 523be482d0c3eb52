--TEST--
preg_match_all with pattern and set order
--FILE--
<?php
var_dump(preg_match_all('/(\w)(\d)/', 'a1 b2 c3', $m), $m);
preg_match_all('/(\w)(\d)/', 'a1 b2', $m, PREG_SET_ORDER); var_dump($m);
var_dump(preg_match_all('/z/', 'abc', $m), $m);
--EXPECT--
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(2) "b2"
    [2]=>
    string(2) "c3"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "c"
  }
  [2]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
    [2]=>
    string(1) "3"
  }
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "a1"
    [1]=>
    string(1) "a"
    [2]=>
    string(1) "1"
  }
  [1]=>
  array(3) {
    [0]=>
    string(2) "b2"
    [1]=>
    string(1) "b"
    [2]=>
    string(1) "2"
  }
}
int(0)
array(1) {
  [0]=>
  array(0) {
  }
}
