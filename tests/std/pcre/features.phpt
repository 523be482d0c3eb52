--TEST--
PCRE features PHP relies on
--FILE--
<?php
var_dump(preg_match('/(a+)b\1/', 'aabaa', $m), $m[0]);
var_dump(preg_match('/(?<=\$)\d+/', 'cost $42', $m), $m[0]);
var_dump(preg_match('/(?>a+)b/', 'aaab'));
var_dump(preg_match('/\((?:[^()]|(?R))*\)/', 'x(a(b)c)y', $m), $m[0]);
var_dump(preg_match('/foo\Kbar/', 'foobar', $m), $m[0]);
var_dump(preg_match('/a\Rb/', "a\r\nb"));
var_dump(preg_match('/(a)?(?(1)b|c)/', 'c', $m), $m);
var_dump(preg_match('/abc$/', "abc\n"));
var_dump(preg_match('/^\p{Lu}\w+$/u', 'Élan'));
var_dump(preg_match('/[[:alpha:]]+/', '123abc', $m), $m[0]);
var_dump(preg_match('/(\d+)-(?1)/', '12-345'));
--EXPECT--
int(1)
string(5) "aabaa"
int(1)
string(2) "42"
int(1)
int(1)
string(7) "(a(b)c)"
int(1)
string(3) "bar"
int(1)
int(1)
array(1) {
  [0]=>
  string(1) "c"
}
int(1)
int(1)
int(1)
string(3) "abc"
int(1)
