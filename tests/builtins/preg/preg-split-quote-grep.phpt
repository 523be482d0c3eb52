--TEST--
preg_split with flags, preg_quote and preg_grep
--FILE--
<?php
var_dump(preg_split('/[\s,]+/', "a, b  c,d"), preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY), preg_split('/(-)/', 'a-b-c', 2, PREG_SPLIT_DELIM_CAPTURE), preg_split('/ /', 'a b', -1, PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_quote("Hello.World?(1+1=2) [a] {b} #"), preg_quote("a/b", "/"), preg_grep('/^\d+$/', ['1', 'a', '22', 'b3']), preg_grep('/^\d+$/', ['1', 'a'], PREG_GREP_INVERT));
--EXPECT--
array(4) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
  [3]=>
  string(1) "d"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "c"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "-"
  [2]=>
  string(3) "b-c"
}
array(2) {
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
}
string(40) "Hello\.World\?\(1\+1\=2\) \[a\] \{b\} \#"
string(4) "a\/b"
array(2) {
  [0]=>
  string(1) "1"
  [2]=>
  string(2) "22"
}
array(1) {
  [1]=>
  string(1) "a"
}
