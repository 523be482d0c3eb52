--TEST--
clone of a plain object shares its property table until written
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$o = new stdClass; $o->a = 1; $o->b = 2;
$b = mem(); $cl = clone $o; echo "clone 2 dyn: ", mem() - $b, "\n";
$b = mem(); $cl->c = 3; echo "write clone: ", mem() - $b, "\n";
$o2 = new stdClass;
$b = mem(); $cl2 = clone $o2; echo "clone empty: ", mem() - $b, "\n";
class P { public $x = 1; public $y = [1,2]; }
$p = new P;
$b = mem(); $cp = clone $p; echo "clone P: ", mem() - $b, "\n";
$p->z = 5;
$b = mem(); $cp2 = clone $p; echo "clone P+dyn: ", mem() - $b, "\n";
$b = mem(); $o3 = new stdClass; $o3->a = 1; $o3->b = 2; echo "new+2dyn: ", mem() - $b, "\n";
--EXPECTF--
start
clone 2 dyn: 40
write clone: 376
clone empty: 40
clone P: 80

Deprecated: Creation of dynamic property P::$z is deprecated in %s on line 12
clone P+dyn: 456
new+2dyn: 416
