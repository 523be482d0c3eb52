--TEST--
trim, ltrim, rtrim, chop with character lists and ranges
--FILE--
<?php
var_dump(trim("  \t\n abc \0\x0B "), ltrim("  abc  "), rtrim("  abc  "), chop("abc\n\n"));
var_dump(trim("xxabcxx", "x"), trim("abcdef", "a..c"), trim("[abc]", "[]"), rtrim("1.500", "0"), rtrim("1.000", ".0"), trim("ABCabc", "A..Za..b"), trim("", "x"));
var_dump(trim("..abc..", "."), trim("a..b", ".."));
--EXPECTF--
string(3) "abc"
string(5) "abc  "
string(5) "  abc"
string(3) "abc"
string(3) "abc"
string(3) "def"
string(3) "abc"
string(3) "1.5"
string(1) "1"
string(1) "c"
string(0) ""

Warning: trim(): Invalid '..'-range, no character to the left of '..' in %s on line 4
string(3) "abc"
string(4) "a..b"
