--TEST--
decbin, dechex, decoct, bindec, hexdec, octdec, base_convert
--FILE--
<?php
var_dump(decbin(5), decbin(-1), decbin(0), dechex(255), dechex(-1), dechex(PHP_INT_MAX), decoct(8), decoct(-8));
var_dump(bindec("1010"), bindec("0b1010"), hexdec("ff"), hexdec("0xFF"), hexdec("ffffffffffffffff"), hexdec("7fffffffffffffff"), octdec("777"), octdec("0o17"), bindec(str_repeat("1", 64)), hexdec(""), octdec(" 17 "));
var_dump(base_convert("ff", 16, 2), base_convert("zz", 36, 10), base_convert("1010", 2, 36), base_convert("0", 10, 2), base_convert("ffffffffffffffffffff", 16, 10), base_convert("Z", 36, 16));
foreach ([[1, 10], [10, 37], [10, 1]] as [$f, $t]) {
    try { base_convert("1", $f, $t); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
}
--EXPECT--
string(3) "101"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(1) "0"
string(2) "ff"
string(16) "ffffffffffffffff"
string(16) "7fffffffffffffff"
string(2) "10"
string(22) "1777777777777777777770"
int(10)
int(10)
int(255)
int(255)
float(1.8446744073709552E+19)
int(9223372036854775807)
int(511)
int(15)
float(1.8446744073709552E+19)
int(0)
int(15)
string(8) "11111111"
string(4) "1295"
string(1) "a"
string(1) "0"
string(25) "1208925819614629446642046"
string(2) "23"
base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
