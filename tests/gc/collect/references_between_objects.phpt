--TEST--
two objects linked through reference-typed properties count 2
--FILE--
<?php
$a = new stdClass;
$b = new stdClass;
$a->x = &$b;
$b->y = &$a;
unset($a, $b);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
