--TEST--
closures capture variables by value at creation time
--FILE--
<?php
$x = 1;
$f = function () use ($x) { return $x; };
$x = 2;
var_dump($f());
$g = function ($y) use ($x) { $x += $y; return $x; };
var_dump($g(10), $g(10), $x);
--EXPECT--
int(1)
int(12)
int(12)
int(2)
