--TEST--
trim, ltrim, rtrim with default and custom character lists and ranges
--FILE--
<?php
var_dump(trim("  \t\n hi \0\x0B "), ltrim("xxhixx", "x"), rtrim("1.5000", "0"), trim("abcHELLOcba", "a..c"), rtrim("line\r\n"), trim(""), chop("abc  "));
--EXPECT--
string(2) "hi"
string(4) "hixx"
string(3) "1.5"
string(5) "HELLO"
string(4) "line"
string(0) ""
string(3) "abc"
