--TEST--
clone copies the object; its arrays are shared until written
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
class C { public $a; public $b = 1; }
$o = new C;
$o->a = range(1, 100);
$b = mem();
$c = clone $o;
echo "clone: ", mem() - $b, "\n";
$c->a[] = 101;
echo "clone written: ", mem() - $b, "\n";
$d = clone (new stdClass);
echo "clone of a fresh stdClass: ", mem() - $b, "\n";
--EXPECT--
start
clone: 80
clone written: 2696
clone of a fresh stdClass: 2736
