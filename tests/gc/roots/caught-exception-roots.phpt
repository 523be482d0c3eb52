--TEST--
Caught exceptions: one made by the engine moves into the catch variable (no root); one made by new X keeps the root its constructor call leaves
--FILE--
<?php
$m = new WeakMap;
echo gc_status()['roots'], "\n";
try { $m["str"] = 1; } catch (TypeError $e) { } echo "a: ", gc_status()['roots'], "\n";
try { throw new TypeError("x"); } catch (TypeError $e) { } echo "b: ", gc_status()['roots'], "\n";
try { strlen(); } catch (ArgumentCountError $e) { } echo "c: ", gc_status()['roots'], "\n";
function thrower() { throw new Exception("y"); }
try { thrower(); } catch (Exception $e) { } echo "d: ", gc_status()['roots'], "\n";
--EXPECT--
0
a: 0
b: 1
c: 0
d: 1
