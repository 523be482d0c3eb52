--TEST--
a run-time string also held by a live variable is not counted
--FILE--
<?php
$s = str_repeat('y', 50);
$o = new stdClass;
$o->self = $o;
$o->s = $s;
unset($o);
var_dump(gc_collect_cycles());
var_dump(strlen($s));
--EXPECT--
int(1)
int(50)
