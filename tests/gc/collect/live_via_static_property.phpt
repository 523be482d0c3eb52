--TEST--
a cycle stored in a static property survives collection
--FILE--
<?php
class Reg { public static $items = []; }
$o = new stdClass; $o->self = $o;
Reg::$items[] = $o;
unset($o);
var_dump(gc_collect_cycles());
var_dump(count(Reg::$items));
--EXPECT--
int(0)
int(1)
