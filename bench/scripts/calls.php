<?php
// Function calls and recursion.
function fib($n) { return $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function add($a, $b) { return $a + $b; }
$t = 0;
for ($i = 0; $i < 1000000; $i++) { $t = add($t, $i); }
echo fib(27), " ", $t, "\n";
