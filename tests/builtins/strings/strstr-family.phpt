--TEST--
strstr, stristr, strrchr, substr_count
--FILE--
<?php
var_dump(strstr("user@example.com", "@"), strstr("user@example.com", "@", true), stristr("HayStack", "st"), strrchr("a/b/c", "/"), strstr("abc", "x"), substr_count("hello hello hello", "ll"), substr_count("aaa", "aa"));
--EXPECT--
string(12) "@example.com"
string(4) "user"
string(5) "Stack"
string(2) "/c"
bool(false)
int(3)
int(1)
