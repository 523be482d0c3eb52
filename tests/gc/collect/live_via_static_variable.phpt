--TEST--
a cycle stored in a function's static variable survives collection
--FILE--
<?php
function keep($x = null) { static $s; if ($x) $s = $x; return $s; }
$o = new stdClass; $o->self = $o; $o->tag = 'kept';
keep($o);
unset($o);
var_dump(gc_collect_cycles());
var_dump(keep()->self->tag);
--EXPECT--
int(0)
string(4) "kept"
