--TEST--
a reference slot inside an array on a cycle is looked through
--FILE--
<?php
$o = new stdClass;
$v = $o;
$o->arr = [&$v];
unset($o, $v);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
