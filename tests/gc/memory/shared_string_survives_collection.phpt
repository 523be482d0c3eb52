--TEST--
a string shared with a live variable is not freed when the cycle is
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

$s = str_repeat('x', 5000);
$base = mem();
$o = new stdClass; $o->self = $o; $o->s = $s;
echo "built: ", mem() - $base, "\n";
unset($o);
gc_collect_cycles();
echo "collected: ", mem() - $base, "\n";
var_dump(strlen($s));
--EXPECT--
start
built: 416
collected: 0
int(5000)
