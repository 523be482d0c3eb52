--TEST--
str_repeat and str_pad
--FILE--
<?php
var_dump(str_repeat("ab", 3), str_repeat("x", 0), str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("abc", 8, "-=", STR_PAD_BOTH), str_pad("abc", 2), str_pad("a", 5), str_pad("a", 6, "xy", STR_PAD_BOTH));
try { str_repeat("x", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(6) "ababab"
string(0) ""
string(3) "005"
string(8) "-=abc-=-"
string(3) "abc"
string(5) "a    "
string(6) "xyaxyx"
str_repeat(): Argument #2 ($times) must be greater than or equal to 0
