--TEST--
acyclic data is freed by refcounting; the collector finds nothing
--FILE--
<?php
$a = new stdClass;
$a->child = new stdClass;
$a->child->list = [new stdClass, new stdClass];
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
