--TEST--
an interned literal string property of garbage is not counted
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->s = 'a literal string';
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
