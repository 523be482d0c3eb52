--TEST--
ord and chr, including wrap-around
--FILE--
<?php
var_dump(ord("A"), ord(""), ord("é"), chr(65), chr(256 + 66), chr(-1) === chr(255), bin2hex(chr(0)));
--EXPECT--
int(65)
int(0)
int(195)
string(1) "A"
string(1) "B"
bool(true)
string(2) "00"
