--TEST--
array_pop and array_shift reset the internal pointer
--FILE--
<?php
$a = [1, 2, 3, 4];
next($a); next($a);
array_pop($a);
var_dump(current($a));
next($a);
array_shift($a);
var_dump(current($a));
--EXPECT--
int(1)
int(2)
