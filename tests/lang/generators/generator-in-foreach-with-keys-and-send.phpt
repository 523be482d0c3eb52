--TEST--
generator driving with current/next/key manually
--FILE--
<?php
function g() { $x = yield 'a' => 1; echo "received: ", var_export($x, true), "\n"; yield 'b' => 2; }
$gen = g();
while ($gen->valid()) { echo $gen->key(), " => ", $gen->current(), "\n"; $gen->next(); }
--EXPECT--
a => 1
received: NULL
b => 2
