--TEST--
an object holding a closure that captures the object by value
--FILE--
<?php
$o = new stdClass;
$o->f = function () use ($o) { return $o; };
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
