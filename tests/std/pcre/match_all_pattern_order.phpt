--TEST--
preg_match_all default order
--FILE--
<?php
var_dump(preg_match_all('/(\d)(\w)?/', '1a 2 3c', $m), $m);
var_dump(preg_match_all('/(?<d>\d)/', 'a1b2', $m), $m);
var_dump(preg_match_all('/x/', 'abc', $m), $m);
var_dump(preg_match_all('/(x)?(y)/', 'y', $m, PREG_PATTERN_ORDER | PREG_UNMATCHED_AS_NULL), $m);
--EXPECT--
int(3)
array(3) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "1a"
    [1]=>
    string(1) "2"
    [2]=>
    string(2) "3c"
  }
  [1]=>
  array(3) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
    [2]=>
    string(1) "3"
  }
  [2]=>
  array(3) {
    [0]=>
    string(1) "a"
    [1]=>
    string(0) ""
    [2]=>
    string(1) "c"
  }
}
int(2)
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  ["d"]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "1"
    [1]=>
    string(1) "2"
  }
}
int(0)
array(1) {
  [0]=>
  array(0) {
  }
}
int(1)
array(3) {
  [0]=>
  array(1) {
    [0]=>
    string(1) "y"
  }
  [1]=>
  array(1) {
    [0]=>
    NULL
  }
  [2]=>
  array(1) {
    [0]=>
    string(1) "y"
  }
}
