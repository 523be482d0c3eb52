--TEST--
foreach does not move the internal pointer
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as $v) {}
var_dump(current($a));
next($a);
foreach ($a as $v) {}
var_dump(current($a), key($a));
$b = [];
var_dump(end($b), reset($b), next($b), prev($b));
$c = ['x' => 1];
var_dump(end($c), next($c), current($c), key($c), reset($c));
--EXPECT--
int(1)
int(2)
int(1)
bool(false)
bool(false)
bool(false)
bool(false)
int(1)
bool(false)
bool(false)
NULL
int(1)
