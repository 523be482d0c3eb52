--TEST--
PREG_SET_ORDER and PREG_OFFSET_CAPTURE
--FILE--
<?php
var_dump(preg_match_all('/(\d)(\w)?/', '1a 2', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/\d/', 'a1b2', $m, PREG_SET_ORDER | PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/\d/', 'a1b2', $m, PREG_OFFSET_CAPTURE, 2), $m);
try { preg_match_all('/x/', 'x', $m, 3); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(2)
array(2) {
  [0]=>
  array(3) {
    [0]=>
    string(2) "1a"
    [1]=>
    string(1) "1"
    [2]=>
    string(1) "a"
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "2"
  }
}
int(2)
array(2) {
  [0]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "1"
      [1]=>
      int(1)
    }
  }
  [1]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "2"
      [1]=>
      int(3)
    }
  }
}
int(1)
array(1) {
  [0]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      string(1) "2"
      [1]=>
      int(3)
    }
  }
}
preg_match_all(): Argument #4 ($flags) must be a PREG_* constant
