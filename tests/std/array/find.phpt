--TEST--
PHP 8.4 array_find, array_find_key, array_any, array_all
--FILE--
<?php
$a = ['a' => 1, 'b' => 22, 'c' => 3, 'd' => 44];
var_dump(array_find($a, fn($v) => $v > 10), array_find_key($a, fn($v) => $v > 10));
var_dump(array_find($a, fn($v, $k) => $k == 'z'), array_find_key($a, fn($v, $k) => $k == 'c'));
var_dump(array_any($a, fn($v) => $v > 40), array_any($a, fn($v) => $v > 50));
var_dump(array_all($a, fn($v) => $v > 0), array_all($a, fn($v) => $v > 1), array_all([], fn($v) => false));
--EXPECT--
int(22)
string(1) "b"
NULL
string(1) "c"
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
