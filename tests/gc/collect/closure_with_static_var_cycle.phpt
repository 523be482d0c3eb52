--TEST--
a closure whose static variable holds the closure's owner
--FILE--
<?php
$o = new stdClass;
$o->f = function ($x = null) { static $keep; if ($x) $keep = $x; return $keep; };
($o->f)($o);
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
