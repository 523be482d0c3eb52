--TEST--
chr and ord including wrap-around
--FILE--
<?php
var_dump(chr(65), chr(256 + 66), chr(-1), bin2hex(chr(0)), ord("A"), ord(""), ord("\xff"), ord("abc"));
--EXPECT--
string(1) "A"
string(1) "B"
string(1) "ÿ"
string(2) "00"
int(65)
int(0)
int(255)
int(97)
