--TEST--
strlen/count error traces
--FILE--
<?php
// strlen() and count() errors show no frame of their own (PHP compiles them to instructions).
function f($x) { return strlen($x); }
try { f([]); } catch (TypeError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
try { count(5); } catch (TypeError $e) { echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n"; }
var_dump(strlen(123), strlen(null));
--EXPECTF--
strlen(): Argument #1 ($string) must be of type string, array given
#0 %s(4): f(Array)
#1 {main}
count(): Argument #1 ($value) must be of type Countable|array, int given
#0 {main}

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 6
int(3)
int(0)
