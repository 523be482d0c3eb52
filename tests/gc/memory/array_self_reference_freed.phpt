--TEST--
collecting $a[0] = &$a gives back the array and the reference
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

$base = mem();
$a = [];
$a[0] = &$a;
echo "built: ", mem() - $base, "\n";
unset($a);
echo "unset: ", mem() - $base, "\n";
gc_collect_cycles();
echo "collected: ", mem() - $base, "\n";
--EXPECT--
start
built: 248
unset: 248
collected: 0
