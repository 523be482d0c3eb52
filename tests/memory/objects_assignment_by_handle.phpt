--TEST--
assigning an object copies its handle only
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
class C { public $x; }
$o = new C;
$b = mem();
$p = $o; $q = $o; $r = [$o, $o];
echo "handles: ", mem() - $b, "\n";
unset($p, $q, $r);
echo "released: ", mem() - $b, "\n";
--EXPECT--
start
handles: 216
released: 0
