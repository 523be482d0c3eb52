--TEST--
arrays hanging off a cycle: the separated outer array counts, literal inner arrays shared with the script do not
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->side = [[1], [2], [3]];
$o->side[] = [4];
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
