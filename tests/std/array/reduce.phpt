--TEST--
array_reduce with and without an initial value
--FILE--
<?php
var_dump(array_reduce([1, 2, 3, 4], fn($c, $x) => $c + $x));
var_dump(array_reduce([1, 2, 3], fn($c, $x) => $c . $x, 'start:'));
var_dump(array_reduce([], fn($c, $x) => $c + $x));
var_dump(array_reduce([], fn($c, $x) => $c + $x, 'init'));
--EXPECT--
int(10)
string(9) "start:123"
NULL
string(4) "init"
