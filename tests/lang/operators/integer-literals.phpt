--TEST--
integer literal forms: hex, octal, binary, separators
--FILE--
<?php
var_dump(0x1F, 0o17, 017, 0b101, 1_000_000, 0x7fff_ffff, PHP_INT_MAX + 0, 1e3, .5, 6.674_083e-11);
--EXPECT--
int(31)
int(15)
int(15)
int(5)
int(1000000)
int(2147483647)
int(9223372036854775807)
float(1000)
float(0.5)
float(6.674083E-11)
