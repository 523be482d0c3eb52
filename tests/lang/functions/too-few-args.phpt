--TEST--
calling a user function with too few arguments throws ArgumentCountError
--FILE--
<?php
function two($a, $b) { return $a + $b; }
try { two(1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(two(1, 2, 3));
try { strlen(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { strlen("a", "b"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
ArgumentCountError: Too few arguments to function two(), 1 passed in %s on line 3 and exactly 2 expected
int(3)
strlen() expects exactly 1 argument, 0 given
strlen() expects exactly 1 argument, 2 given
