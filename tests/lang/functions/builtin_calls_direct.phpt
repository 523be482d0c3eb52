--TEST--
Builtins called straight from InitFCall: by-reference parameters, undefined variables, callbacks, errors and traces as PHP's
--FILE--
<?php
$a = [3, 1, 2]; sort($a); print_r($a);
$s = "hello"; echo strtoupper($s), " ", str_pad($s, 8, "*"), "\n";
echo strrev($undef ?? "x"), "\n";
echo str_repeat($nope, 2), "|\n";
function g($x) { return array_map(fn($v) => $v * $x, [1, 2]); } print_r(g(3));
function h($s) { return str_repeat($s, -1); }
try { h("a"); } catch (ValueError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
$arr = [1, 2]; echo array_push($arr, 3), " ", count($arr), "\n";
$m = []; preg_match('/(\d+)/', "ab12", $m); print_r($m);
--EXPECTF--
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
HELLO hello***
x

Warning: Undefined variable $nope in %s on line 5

Deprecated: str_repeat(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 5
|
Array
(
    [0] => 3
    [1] => 6
)
str_repeat(): Argument #2 ($times) must be greater than or equal to 0
#0 %s(7): str_repeat('a', -1)
#1 %s(8): h('a')
#2 {main}
3 3
Array
(
    [0] => 12
    [1] => 12
)
