--TEST--
array_is_list, array_find and friends (8.4)
--FILE--
<?php
var_dump(array_is_list([]), array_is_list([1, 2]), array_is_list([1 => 1]), array_is_list(['a' => 1]));
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(array_find($a, fn($v) => $v > 1), array_find_key($a, fn($v) => $v > 1), array_any($a, fn($v) => $v > 2), array_all($a, fn($v) => $v > 0), array_find($a, fn($v) => $v > 5));
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
int(2)
string(1) "y"
bool(true)
bool(true)
NULL
