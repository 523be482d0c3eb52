--TEST--
i m s x u U D A and J n modifiers
--FILE--
<?php
var_dump(preg_match('/ABC/i', 'xabc'));
var_dump(preg_match_all('/^b/m', "a\nb\nb"), preg_match_all('/^b/', "a\nb\nb"));
var_dump(preg_match('/a.b/', "a\nb"), preg_match('/a.b/s', "a\nb"));
var_dump(preg_match('/ a b c # comment
/x', 'abc'));
var_dump(preg_match('/^\w+$/', 'héllo'), preg_match('/^\w+$/u', 'héllo'));
var_dump(preg_match('/a.+c/U', 'abcbc', $m), $m, preg_match('/a.+?c/U', 'abcbc', $m), $m);
var_dump(preg_match('/^abc$/D', "abc\n"), preg_match('/^abc$/', "abc\n"), preg_match('/abc$/Dm', "abc\n"));
var_dump(preg_match('/b/A', 'ab'), preg_match('/a/A', 'ab'));
var_dump(preg_match('/(?<n>a)|(?<n>b)/J', 'b', $m), $m);
var_dump(preg_match('/(a)(?<x>b)/n', 'ab', $m), $m);
var_dump(preg_match('/a/ S X', 'a'));
--EXPECT--
int(1)
int(2)
int(0)
int(0)
int(1)
int(1)
int(0)
int(1)
int(1)
array(1) {
  [0]=>
  string(3) "abc"
}
int(1)
array(1) {
  [0]=>
  string(5) "abcbc"
}
int(0)
int(1)
int(1)
int(0)
int(1)
int(1)
array(4) {
  [0]=>
  string(1) "b"
  ["n"]=>
  string(1) "b"
  [1]=>
  string(0) ""
  [2]=>
  string(1) "b"
}
int(1)
array(3) {
  [0]=>
  string(2) "ab"
  ["x"]=>
  string(1) "b"
  [1]=>
  string(1) "b"
}
int(1)
