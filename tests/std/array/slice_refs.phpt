--TEST--
array_slice and array_merge keep shared references
--FILE--
<?php
$x = 1;
$a = [&$x, 2];
$b = array_slice($a, 0, 1);
$b[0] = 99;
var_dump($x);
$c = array_merge($a, []);
$c[0] = 7;
var_dump($x);
--EXPECT--
int(99)
int(7)
