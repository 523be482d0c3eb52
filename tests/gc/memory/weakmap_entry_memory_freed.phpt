--TEST--
collecting a cycle that is a WeakMap key frees the entry's value too
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

$m = new WeakMap;
$warm = new stdClass; $m[$warm] = 1; unset($warm);
$base = mem();
$k = new stdClass; $k->self = $k;
$m[$k] = str_repeat('v', 2000);
echo "built: ", mem() - $base, "\n";
unset($k);
gc_collect_cycles();
echo "collected: ", mem() - $base, "\n";
--EXPECT--
start
built: 2464
collected: 0
