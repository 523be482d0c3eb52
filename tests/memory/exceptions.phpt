--TEST--
an exception object with its trace
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
function thrower() { throw new RuntimeException("boom"); }
$b = mem();
$e = new Exception("msg");
echo "new Exception: ", mem() - $b, "\n";
unset($e);
$b = mem();
try { thrower(); } catch (RuntimeException $ex) { $kept = $ex; }
unset($ex);
echo "caught with a trace: ", mem() - $b, "\n";
--EXPECT--
start
new Exception: 272
caught with a trace: 808
