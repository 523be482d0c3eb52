--TEST--
call_user_func and call_user_func_array with named arguments
--FILE--
<?php
function greet($greeting, $name = 'you') { return "$greeting, $name"; }
class T { static function s($x) { return "s$x"; } function i($x) { return "i$x"; } }
var_dump(call_user_func('greet', 'Hi'), call_user_func_array('greet', ['Hey', 'Bob']), call_user_func_array('greet', ['name' => 'Al', 'greeting' => 'Yo']), call_user_func('T::s', 1), call_user_func([new T, 'i'], 2), call_user_func(['T', 's'], 3), call_user_func(fn() => 'closure'));
--EXPECT--
string(7) "Hi, you"
string(8) "Hey, Bob"
string(6) "Yo, Al"
string(2) "s1"
string(2) "i2"
string(2) "s3"
string(7) "closure"
