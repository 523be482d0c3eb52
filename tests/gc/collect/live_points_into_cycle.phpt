--TEST--
a cycle referenced from live data is not collected even when every variable to it is unset
--FILE--
<?php
$holder = new stdClass;
$a = new stdClass; $b = new stdClass;
$a->b = $b; $b->a = $a;
$holder->ref = $b;
unset($a, $b);
var_dump(gc_collect_cycles());
unset($holder);
var_dump(gc_collect_cycles());
--EXPECT--
int(0)
int(2)
