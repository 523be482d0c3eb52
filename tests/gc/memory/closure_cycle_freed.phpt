--TEST--
collecting an object <-> closure cycle gives its memory back
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

class C { public $f; function __construct() { $this->f = function () { return $this; }; } }
$base = mem();
$c = new C;
echo "built: ", mem() - $base, "\n";
unset($c);
gc_collect_cycles();
echo "collected: ", mem() - $base, "\n";
--EXPECT--
start
built: 440
collected: 0
