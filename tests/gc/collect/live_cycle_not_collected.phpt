--TEST--
a cycle still reachable from a variable is not collected and stays intact
--FILE--
<?php
$a = new stdClass; $b = new stdClass;
$a->b = $b; $b->a = $a;
$a->name = 'A';
unset($b);
var_dump(gc_collect_cycles());
var_dump($a->b->a->name);
--EXPECT--
int(0)
string(1) "A"
