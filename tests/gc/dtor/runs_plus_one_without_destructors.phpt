--TEST--
a collection without destructors counts one run
--FILE--
<?php
$o = new stdClass; $o->self = $o; unset($o);
$before = gc_status();
var_dump(gc_collect_cycles());
$after = gc_status();
var_dump($after['runs'] - $before['runs'], $after['collected'] - $before['collected']);
--EXPECT--
int(1)
int(1)
int(1)
