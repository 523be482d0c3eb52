--TEST--
preg with u, x, s, m modifiers
--FILE--
<?php
var_dump(preg_match('/^.$/u', 'é'), preg_match('/^.$/', 'é'), preg_match_all('/^\w+$/m', "ab\ncd\n", $m), $m[0], preg_match('/a.b/s', "a\nb"), preg_replace('/ a  b  # comment
/x', 'X', 'ab'), preg_split('//u', 'żółw', -1, PREG_SPLIT_NO_EMPTY));
--EXPECT--
int(1)
int(0)
int(2)
array(2) {
  [0]=>
  string(2) "ab"
  [1]=>
  string(2) "cd"
}
int(1)
string(1) "X"
array(4) {
  [0]=>
  string(2) "ż"
  [1]=>
  string(2) "ó"
  [2]=>
  string(2) "ł"
  [3]=>
  string(1) "w"
}
