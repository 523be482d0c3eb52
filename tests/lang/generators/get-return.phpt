--TEST--
getReturn before and after completion
--FILE--
<?php
function g() { yield 1; return 99; }
$gen = g();
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
foreach ($gen as $_) {}
var_dump($gen->getReturn());
--EXPECT--
Exception: Cannot get return value of a generator that hasn't returned
int(99)
