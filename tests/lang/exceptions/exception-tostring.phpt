--TEST--
Exception __toString output
--FILE--
<?php
function f() { throw new Exception("text", 3); }
try { f(); } catch (Exception $e) { echo $e, "\n"; }
--EXPECTF--
Exception: text in %s:2
Stack trace:
#0 %s(3): f()
#1 {main}
