--TEST--
static variables inside closures are per closure object
--FILE--
<?php
$make = function () { return function () { static $n = 0; return ++$n; }; };
$a = $make(); $b = $make();
var_dump($a(), $a(), $b());
--EXPECT--
int(1)
int(2)
int(1)
