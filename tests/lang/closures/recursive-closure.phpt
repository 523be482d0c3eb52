--TEST--
a closure calling itself through a by-reference use
--FILE--
<?php
$fib = function ($n) use (&$fib) { return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2); };
var_dump($fib(15));
--EXPECT--
int(610)
