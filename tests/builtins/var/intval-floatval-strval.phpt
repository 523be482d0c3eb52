--TEST--
intval with bases, floatval, strval, boolval
--FILE--
<?php
var_dump(intval("42abc"), intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("101", 2), intval(42.99), intval("  12 "), intval(null), intval([]), intval([0]), intval("1e3"), intval(1e20));
var_dump(floatval("1.5abc"), floatval("-.5e2"), floatval("abc"), strval(1.0), strval(0.1 + 0.2), strval(true), boolval("0"), boolval("false"), boolval(0.0), boolval([]), boolval(new stdClass));
--EXPECT--
int(42)
int(26)
int(26)
int(10)
int(5)
int(42)
int(12)
int(0)
int(0)
int(1)
int(1000)
int(7766279631452241920)
float(1.5)
float(-50)
float(0)
string(1) "1"
string(3) "0.3"
string(1) "1"
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
