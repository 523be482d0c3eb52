--TEST--
array_key_first, array_key_last, array_is_list
--FILE--
<?php
var_dump(array_key_first(['x' => 1, 2]), array_key_last(['x' => 1, 2]), array_key_first([]), array_key_last([]));
$a = [1, 2, 3]; unset($a[2]);
var_dump(array_key_last($a));
var_dump(array_is_list([]), array_is_list([1, 2]), array_is_list([1 => 1]), array_is_list([0 => 'a', 2 => 'b']));
$b = [1, 2, 3]; unset($b[1]);
var_dump(array_is_list($b));
--EXPECT--
string(1) "x"
int(0)
NULL
NULL
int(1)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
