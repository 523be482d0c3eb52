--TEST--
an unreachable stdClass whose property points to itself is collected: count 1
--FILE--
<?php
$a = new stdClass;
$a->self = $a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
