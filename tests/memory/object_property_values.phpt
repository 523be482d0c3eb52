--TEST--
objects holding strings and arrays
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
class Box { public $v; public $w; }
$b = mem();
$o = new Box;
$o->v = str_repeat('v', 100);
echo "object + 100-byte string: ", mem() - $b, "\n";
$o->w = range(1, 10);
echo "plus range(1,10): ", mem() - $b, "\n";
$o->w[] = 11;
echo "append to property array: ", mem() - $b, "\n";
$o->v = null;
echo "string released: ", mem() - $b, "\n";
--EXPECT--
start
object + 100-byte string: 240
plus range(1,10): 616
append to property array: 616
string released: 456
