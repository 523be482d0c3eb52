--TEST--
empty matches advance like Perl's /g
--FILE--
<?php
var_dump(preg_match_all('/x*/', 'axxb', $m), $m[0]);
var_dump(preg_match_all('/\b/', 'ab cd', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/a*?/', 'aa', $m), $m[0]);
var_dump(preg_match_all('/(?=a)|a/', 'aa', $m), $m[0]);
var_dump(preg_replace('/x*/', '-', 'abc'));
var_dump(preg_replace('/a|/', '-', 'bab'));
var_dump(preg_match_all('//u', 'éa', $m, PREG_OFFSET_CAPTURE), $m);
--EXPECT--
int(4)
array(4) {
  [0]=>
  string(0) ""
  [1]=>
  string(2) "xx"
  [2]=>
  string(0) ""
  [3]=>
  string(0) ""
}
int(4)
array(1) {
  [0]=>
  array(4) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(2)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(3)
    }
    [3]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(5)
    }
  }
}
int(5)
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "a"
  [4]=>
  string(0) ""
}
int(4)
array(4) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "a"
}
string(7) "-a-b-c-"
string(6) "-b--b-"
int(3)
array(1) {
  [0]=>
  array(3) {
    [0]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(0)
    }
    [1]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(2)
    }
    [2]=>
    array(2) {
      [0]=>
      string(0) ""
      [1]=>
      int(3)
    }
  }
}
