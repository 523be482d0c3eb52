--TEST--
bitwise operators on ints and strings
--FILE--
<?php
var_dump(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 3, -16 >> 2, 1 << 63, 1 << 64 >> 64);
var_dump("ab" | "  ", "AB" ^ "  ", "abc" & "ab");
try { var_dump(1 << -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
int(2)
int(7)
int(5)
int(-7)
int(8)
int(-4)
int(-9223372036854775808)
int(0)
string(2) "ab"
string(2) "ab"
string(2) "ab"
ArithmeticError: Bit shift by negative number
