--TEST--
collecting a stdClass self-cycle gives back its 416 bytes (object + dynamic properties table)
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

$base = mem();
$o = new stdClass; $o->self = $o;
echo "built: ", mem() - $base, "\n";
unset($o);
echo "unset: ", mem() - $base, "\n";
gc_collect_cycles();
echo "collected: ", mem() - $base, "\n";
--EXPECT--
start
built: 416
unset: 416
collected: 0
