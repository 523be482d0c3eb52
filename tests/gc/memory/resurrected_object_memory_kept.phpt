--TEST--
an object resurrected by its destructor keeps its memory until released again
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements

class D { public $self; function __destruct() { $GLOBALS['saved'] = $this; } }
$saved = null;
$base = mem();
$d = new D; $d->self = $d;
echo "built: ", mem() - $base, "\n";
unset($d);
gc_collect_cycles();
echo "resurrected: ", mem() - $base, "\n";
$saved = null;
gc_collect_cycles();
echo "released: ", mem() - $base, "\n";
--EXPECT--
start
built: 56
resurrected: 56
released: 0
