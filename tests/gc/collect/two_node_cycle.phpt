--TEST--
two objects pointing at each other are collected together: count 2
--FILE--
<?php
$a = new stdClass;
$b = new stdClass;
$a->other = $b;
$b->other = $a;
unset($a, $b);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
