--TEST--
a private (run-time) string owned only by a garbage cycle is counted
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->s = str_repeat('x', 100);
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
