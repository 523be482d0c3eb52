--TEST--
an object holding an array holding the object counts 2
--FILE--
<?php
$o = new stdClass;
$o->list = [$o];
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
