--TEST--
a cycle reachable from a global array is not garbage
--FILE--
<?php
$registry = [];
$o = new stdClass; $o->self = $o;
$registry[] = $o;
unset($o);
var_dump(gc_collect_cycles());
var_dump(count($registry), $registry[0]->self === $registry[0]);
--EXPECT--
int(0)
int(1)
bool(true)
