--TEST--
integer arithmetic: + - * / % ** and precedence
--FILE--
<?php
var_dump(7 + 3, 7 - 3, 7 * 3, 7 / 2, 6 / 3, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1, 2 + 3 * 4, (2 + 3) * 4, -2 ** 2);
--EXPECT--
int(10)
int(4)
int(21)
float(3.5)
int(2)
int(1)
int(-1)
int(1)
int(1024)
float(0.5)
int(14)
int(20)
int(-4)
