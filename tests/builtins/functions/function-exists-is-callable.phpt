--TEST--
function_exists, is_callable and callable names
--FILE--
<?php
function mine() {}
class C { function pub() {} private function priv() {} static function st() {} }
var_dump(function_exists('mine'), function_exists('MINE'), function_exists('strlen'), function_exists('nope'), is_callable('mine'), is_callable('C::st'), is_callable([new C, 'pub']), is_callable([new C, 'priv']), is_callable('C::pub'), is_callable([C::class, 'nope']));
is_callable([new C, 'pub'], false, $name); var_dump($name);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
string(6) "C::pub"
