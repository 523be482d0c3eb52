--TEST--
str_replace and str_ireplace with arrays and count
--FILE--
<?php
var_dump(str_replace("l", "L", "hello world", $count), $count);
var_dump(str_replace(["a", "b"], ["b", "c"], "ab"), str_replace(["a", "b"], "x", "abc"), str_replace("a", ["x"], "aaa"), str_ireplace("HELLO", "bye", "hello Hello"));
var_dump(str_replace("o", "0", ["foo", "bar", 'k' => "boo"]));
--EXPECTF--
string(11) "heLLo worLd"
int(3)

Fatal error: Uncaught TypeError: str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string in %s:3
Stack trace:
#0 %s(3): str_replace('a', Array, 'aaa')
#1 {main}
  thrown in %s on line 3
--EXPECT_EXIT--
255
