--TEST--
each nested run-time array on the path of a cycle counts
--FILE--
<?php
$o = new stdClass;
$o->a = ['x' => ['y' => ['z' => $o]]];
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(4)
