--TEST--
bitwise not, unary minus and increments on unsupported types
--FILE--
<?php
foreach ([true, null, [], 1.5] as $v) { try { var_dump(~$v); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
try { $x = -[]; } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
try { $x = +[]; } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
try { $x = true; $x++; var_dump($x); $a = []; $a++; } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
try { $o = new stdClass; $o++; } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
try { $o = new stdClass; $o--; } catch (Throwable $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
TypeError: Cannot perform bitwise not on true
TypeError: Cannot perform bitwise not on null
TypeError: Cannot perform bitwise not on array

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(-2)
Unsupported operand types: array * int
Unsupported operand types: array * int

Warning: Increment on type bool has no effect, this will change in the next major version of PHP in %s on line 5
bool(true)
Cannot increment array
Cannot increment stdClass
Cannot decrement stdClass
