--TEST--
PREG_OFFSET_CAPTURE and the offset argument
--FILE--
<?php
var_dump(preg_match('/(b)(x)?/', 'aab', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match('/\d+/', 'a1b22c333', $m, 0, 3), $m);
var_dump(preg_match('/\d+/', 'a1b22c333', $m, 0, -2), $m);
var_dump(preg_match('/^\d/', 'a1', $m, 0, 1));
var_dump(preg_match('/\G\d/', 'a1', $m, 0, 1));
var_dump(preg_match('/x/', 'x', $m, 0, 5), $m, preg_last_error_msg());
--EXPECT--
int(1)
array(2) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
}
int(1)
array(1) {
  [0]=>
  string(2) "22"
}
int(1)
array(1) {
  [0]=>
  string(2) "33"
}
int(0)
int(1)
bool(false)
array(0) {
}
string(14) "Internal error"
