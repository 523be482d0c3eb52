--TEST--
current, key, next, prev, reset, end
--FILE--
<?php
$a = ['a' => 1, 'b' => 2, 'c' => 3];
var_dump(current($a), key($a), next($a), key($a), next($a), next($a), key($a), current($a));
var_dump(reset($a), end($a), key($a), prev($a), prev($a), prev($a), key($a));
var_dump(current([]), key([]), pos([7]));
$b = [1, 2, 3];
next($b);
$c = $b;
next($c);
var_dump(current($b), current($c));
--EXPECT--
int(1)
string(1) "a"
int(2)
string(1) "b"
int(3)
bool(false)
NULL
bool(false)
int(1)
int(3)
string(1) "c"
int(2)
int(1)
bool(false)
NULL
bool(false)
NULL
int(7)
int(2)
int(3)
