--TEST--
a clone shares property values: cloning an object of a cycle makes another cycle member
--FILE--
<?php
$a = new stdClass;
$a->self = $a;
$b = clone $a;       // $b->self points to $a
$a->other = $b;
unset($a, $b);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
