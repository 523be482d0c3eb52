--TEST--
preg_replace with backreferences
--FILE--
<?php
var_dump(preg_replace('/(\w+) (\w+)/', '$2 $1', 'hello world'));
var_dump(preg_replace('/(\w+) (\w+)/', '\2-\1-\0', 'hello world'));
var_dump(preg_replace('/(\d)/', '${1}0', 'a1b2'));
var_dump(preg_replace('/(a)/', '$2|\\3|${9}', 'a'));
var_dump(preg_replace('/a/', '\\\\ \$1 \\$', 'a'));
var_dump(preg_replace('/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/', '$11-$10-\11', 'abcdefghijk'));
var_dump(preg_replace('/a/', 'b', 'aaa', 2, $count), $count);
var_dump(preg_replace('/z/', 'b', 'aaa', -1, $count), $count);
--EXPECT--
string(11) "world hello"
string(23) "world-hello-hello world"
string(6) "a10b20"
string(2) "||"
string(6) "\ $1 $"
string(5) "k-j-k"
string(3) "bba"
int(2)
string(3) "aaa"
int(0)
