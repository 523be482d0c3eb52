--TEST--
preg_split with limits and flags
--FILE--
<?php
var_dump(preg_split('/[\s,]+/', "hypertext language, programming"));
var_dump(preg_split('//', 'abc'));
var_dump(preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/(-)/', 'a-b-c', -1, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/ /', 'a b c d', 2));
var_dump(preg_split('/ /', 'a b', 0));
var_dump(preg_split('/ /', 'a b c', -1, PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/,/', ',a,,b,', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/,/', ',a,,b,'));
var_dump(preg_split('/(,)?/', 'a,b', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/x/', ''), preg_split('/x/', '', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/\d/', 'a1b2c', 1));
--EXPECT--
array(3) {
  [0]=>
  string(9) "hypertext"
  [1]=>
  string(8) "language"
  [2]=>
  string(11) "programming"
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "c"
  [4]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(5) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "-"
  [2]=>
  string(1) "b"
  [3]=>
  string(1) "-"
  [4]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(5) "b c d"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(3) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "b"
    [1]=>
    int(2)
  }
  [2]=>
  array(2) {
    [0]=>
    string(1) "c"
    [1]=>
    int(4)
  }
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
array(5) {
  [0]=>
  string(0) ""
  [1]=>
  string(1) "a"
  [2]=>
  string(0) ""
  [3]=>
  string(1) "b"
  [4]=>
  string(0) ""
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) ","
  [2]=>
  string(1) "b"
}
array(1) {
  [0]=>
  string(0) ""
}
array(0) {
}
array(1) {
  [0]=>
  string(5) "a1b2c"
}
