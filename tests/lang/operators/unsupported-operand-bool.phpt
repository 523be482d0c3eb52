--TEST--
unsupported operand types name booleans bool
--FILE--
<?php
function t(callable $f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
$b = true; $n = null; $f = false;
t(fn() => $b + []);
t(fn() => [] - $f);
t(fn() => $n * []);
t(fn() => $b % []);
$x = true; t(function() use (&$x) { $x += []; });
$o = new stdClass; $o->p = true; t(fn() => $o->p += []);
$a = [true]; t(function() use (&$a) { $a[0] += []; });
--EXPECT--
TypeError: Unsupported operand types: bool + array
TypeError: Unsupported operand types: array - bool
TypeError: Unsupported operand types: null * array
TypeError: Unsupported operand types: bool % array
TypeError: Unsupported operand types: bool + array
TypeError: Unsupported operand types: bool + array
TypeError: Unsupported operand types: bool + array
