--TEST--
current, next, prev, reset, end, key move the internal pointer
--FILE--
<?php
$a = ['x' => 1, 'y' => 2, 'z' => 3];
var_dump(current($a), key($a), next($a), key($a), next($a), next($a), key($a), current($a), reset($a), end($a), key($a), prev($a));
$e = []; var_dump(current($e), key($e), end($e));
--EXPECT--
int(1)
string(1) "x"
int(2)
string(1) "y"
int(3)
bool(false)
NULL
bool(false)
int(1)
int(3)
string(1) "z"
int(2)
bool(false)
NULL
bool(false)
