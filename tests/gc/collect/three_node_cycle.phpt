--TEST--
a three-object ring counts 3
--FILE--
<?php
$a = new stdClass; $b = new stdClass; $c = new stdClass;
$a->next = $b; $b->next = $c; $c->next = $a;
unset($a, $b, $c);
var_dump(gc_collect_cycles());
--EXPECT--
int(3)
