--TEST--
a value given to a callback's by-reference parameter: PHP's warning, then the call
--FILE--
<?php
class C { static function m(&$a) { $a = 1; } function i(&$b) {} }
function f(&$x) { $x = 2; }
call_user_func('f', 1);
call_user_func(['C', 'm'], 1);
call_user_func([new C, 'i'], 1);
call_user_func(function (&$z) {}, 1);
call_user_func_array('f', [1]);
$v = 5; call_user_func_array('f', [&$v]); echo $v, "\n";
array_map('f', [1]);
--EXPECTF--

Warning: f(): Argument #1 ($x) must be passed by reference, value given in %s on line 4

Warning: C::m(): Argument #1 ($a) must be passed by reference, value given in %s on line 5

Warning: C::i(): Argument #1 ($b) must be passed by reference, value given in %s on line 6

Warning: {closure:%s:7}(): Argument #1 ($z) must be passed by reference, value given in %s on line 7

Warning: f(): Argument #1 ($x) must be passed by reference, value given in %s on line 8
2

Warning: f(): Argument #1 ($x) must be passed by reference, value given in %s on line 10
