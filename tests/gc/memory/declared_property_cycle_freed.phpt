--TEST--
collecting a self-cycle of a class with 3 declared properties gives back 96 bytes
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

class P { public $a; public $b; public $c; }
$base = mem();
$o = new P; $o->a = $o;
echo "built: ", mem() - $base, "\n";
unset($o);
echo "unset: ", mem() - $base, "\n";
gc_collect_cycles();
echo "collected: ", mem() - $base, "\n";
--EXPECT--
start
built: 96
unset: 96
collected: 0
