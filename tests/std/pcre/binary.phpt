--TEST--
patterns and subjects with bytes outside UTF-8 and NUL
--FILE--
<?php
var_dump(preg_match("/\xff+/", "a\xff\xffb", $m), bin2hex($m[0]));
var_dump(preg_match('/\xff/', "a\xff"));
var_dump(preg_match("/a\0b/", "xa\0b", $m), strlen($m[0]));
var_dump(preg_match('/[^a]/', "\xff"));
var_dump(preg_match("/\xc3\xa9/u", "caf\xc3\xa9", $m), $m);
--EXPECT--
int(1)
string(4) "ffff"
int(1)
int(1)
int(3)
int(1)
int(1)
array(1) {
  [0]=>
  string(2) "é"
}
