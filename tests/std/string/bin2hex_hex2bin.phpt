--TEST--
bin2hex and hex2bin with bad input
--FILE--
<?php
var_dump(bin2hex("abc\x00\xff"), hex2bin("616263"), hex2bin("6G"), hex2bin("abc"), hex2bin(""), hex2bin("4A4b"));
--EXPECTF--

Warning: hex2bin(): Input string must be hexadecimal string in %s on line 2

Warning: hex2bin(): Hexadecimal input string must have an even length in %s on line 2
string(10) "61626300ff"
string(3) "abc"
bool(false)
bool(false)
string(0) ""
string(2) "JK"
