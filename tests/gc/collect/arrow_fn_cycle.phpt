--TEST--
an arrow function capturing the object that stores it
--FILE--
<?php
$o = new stdClass;
$o->f = fn() => $o;
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
