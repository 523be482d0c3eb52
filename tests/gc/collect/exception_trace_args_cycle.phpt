--TEST--
an exception whose trace arguments hold the object that stores the exception
--FILE--
<?php
function thrower($o) { throw new Exception('x'); }
$o = new stdClass;
try { thrower($o); } catch (Exception $e) { $o->e = $e; }
unset($o, $e);
var_dump(gc_collect_cycles());
--EXPECT--
int(6)
