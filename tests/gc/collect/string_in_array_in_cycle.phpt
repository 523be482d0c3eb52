--TEST--
self-cycle + private string + run-time array holding another private string: every one counts
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->s = str_repeat('a', 10);
$o->arr = [str_repeat('b', 10)];
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(4)
