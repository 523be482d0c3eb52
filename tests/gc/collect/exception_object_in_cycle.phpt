--TEST--
an exception in a cycle: its private file-name string and its run-time empty trace array count too
--FILE--
<?php
class MyEx extends Exception { public $holder; }
$o = new stdClass;
$e = new MyEx('boom');
$o->e = $e;
$e->holder = $o;
unset($o, $e);
var_dump(gc_collect_cycles());
--EXPECT--
int(4)
