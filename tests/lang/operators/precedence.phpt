--TEST--
operator precedence corner cases
--FILE--
<?php
var_dump(1 + 2 . "3", "1" . 2 + 3, -3 ** 2, !empty([]) && true, 1 < 2 == true, 10 - 2 - 3, 2 ** 3 ** 2, 7 % 3 * 2);
--EXPECT--
string(2) "33"
string(2) "15"
int(-9)
bool(false)
bool(true)
int(5)
int(512)
int(2)
