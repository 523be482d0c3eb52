--TEST--
function and class names are case-insensitive
--FILE--
<?php
function MyFunc() { return __FUNCTION__; }
echo myfunc(), " ", MYFUNC(), "\n";
class MyClass { static function Go() { return __METHOD__; } }
echo myclass::go(), " ", get_class(new MYCLASS), "\n";
--EXPECT--
MyFunc MyFunc
MyClass::Go MyClass
