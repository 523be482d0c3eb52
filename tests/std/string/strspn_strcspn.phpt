--TEST--
strspn and strcspn with offsets and lengths
--FILE--
<?php
var_dump(strspn("42 is the answer", "1234567890"), strspn("foo", "o", 1, 2), strspn("foo", "o", -2), strspn("foo", "o", 5), strspn("aaab", "a", 1, -1));
var_dump(strcspn("abcd", "cd"), strcspn("abcd", "cd", -3), strcspn("hello", "l", 1, 1), strcspn("hello", ""), strcspn("a\0b", "\0"), strcspn("abc", "x", 0, -5));
--EXPECT--
int(2)
int(2)
int(2)
int(0)
int(2)
int(2)
int(1)
int(1)
int(5)
int(1)
int(0)
