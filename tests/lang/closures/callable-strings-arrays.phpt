--TEST--
callables as strings, arrays and invokable objects
--FILE--
<?php
class Inv { function __invoke($a) { return "invoked $a"; } }
function cb($f, $arg) { return $f($arg); }
var_dump(cb('strrev', 'abc'), cb(new Inv, 'x'), cb([new ArrayObject([1, 2, 3]), 'offsetExists'], 1), is_callable('nope'), is_callable(new Inv));
--EXPECT--
string(3) "cba"
string(9) "invoked x"
bool(true)
bool(false)
bool(true)
