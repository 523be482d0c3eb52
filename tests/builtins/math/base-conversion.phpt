--TEST--
base_convert, bindec, decbin, hexdec, dechex, octdec, decoct
--FILE--
<?php
var_dump(base_convert('ff', 16, 2), base_convert('777', 8, 10), bindec('1101'), decbin(13), hexdec('1A'), dechex(255), octdec('17'), decoct(15), dechex(-1), hexdec('zz1'), bindec(str_repeat('1', 64)));
--EXPECTF--

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 2
string(8) "11111111"
string(3) "511"
int(13)
string(4) "1101"
int(26)
string(2) "ff"
int(15)
string(2) "17"
string(16) "ffffffffffffffff"
int(1)
float(1.8446744073709552E+19)
