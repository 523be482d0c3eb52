--TEST--
a property holding a PHP reference to the variable of its own object: references are not counted
--FILE--
<?php
$o = new stdClass;
$o->r = &$o;
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
