--TEST--
collecting a cycle frees the 1000-byte strings it owned
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

$base = mem();
$o = new stdClass; $o->self = $o;
$o->s1 = str_repeat('a', 1000);
$o->s2 = str_repeat('b', 1000);
echo "built: ", mem() - $base, "\n";
unset($o);
gc_collect_cycles();
echo "collected: ", mem() - $base, "\n";
--EXPECT--
start
built: 2976
collected: 0
