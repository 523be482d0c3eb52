--TEST--
Callbacks named by strings resolved again and again
--FILE--
<?php
// Callbacks named by strings, resolved again and again: builtins, user functions, case,
// a leading backslash, names built at run time, and a function declared after a failed call.
function twice($x) { return $x * 2; }
echo implode(',', array_map('twice', [1, 2, 3])), "\n";
echo implode(',', array_map('TWICE', [1, 2])), "\n";
echo implode(',', array_map('\\strtoupper', ['a', 'b'])), "\n";
$name = 'str' . 'rev';
echo implode(',', array_map($name, ['ab', 'cd'])), "\n";
echo implode(',', array_map('trim', [' x ', "\ty\n"])), "\n";
try { array_map('later', [1]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
if (true) { function later($x) { return "later $x"; } }
echo implode(',', array_map('later', [1, 2])), "\n";
$arr = ['b', 'a', 'c']; usort($arr, 'strcmp'); echo implode(',', $arr), "\n";
echo call_user_func('twice', 21), " ", call_user_func('str_repeat', 'ab', 2), "\n";
--EXPECT--
2,4,6
2,4
A,B
ba,dc
x,y
array_map(): Argument #1 ($callback) must be a valid callback or null, function "later" not found or invalid function name
later 1,later 2
a,b,c
42 abab
