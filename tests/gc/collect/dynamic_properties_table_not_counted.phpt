--TEST--
the dynamic-properties table of a garbage object is not counted separately
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->a = 1; $o->b = 2; $o->c = 3; $o->d = 4;
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
