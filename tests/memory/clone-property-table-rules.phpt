--TEST--
property table sharing: user classes without declared properties, __clone, declared properties
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
#[AllowDynamicProperties] class E {}
#[AllowDynamicProperties] class EC { function __clone() {} }
#[AllowDynamicProperties] class ED { public $d = 1; }
$e = new E; $e->a = 1; $e->b = 2;
$b = mem(); $c = clone $e; echo "E: ", mem() - $b, "\n";
$ec = new EC; $ec->a = 1; $ec->b = 2;
$b = mem(); $c2 = clone $ec; echo "EC: ", mem() - $b, "\n";
$ed = new ED; $ed->a = 1;
$b = mem(); $c3 = clone $ed; echo "ED: ", mem() - $b, "\n";
$s = new stdClass; $s->a = 1; unset($s->a);
$b = mem(); $c4 = clone $s; echo "std emptied: ", mem() - $b, "\n";
$s2 = new stdClass; $s2->a = [1,2]; $s2->b = "x";
$b = mem(); $c5 = clone $s2; echo "std arr: ", mem() - $b, "\n";
$b = mem(); $c5->a[] = 3; echo "write arr in clone: ", mem() - $b, "\n";
$b = mem(); unset($c5); echo "unset clone: ", mem() - $b, "\n";
$b = mem(); $s2->b = "y"; echo "write orig after: ", mem() - $b, "\n";
$b = mem(); $c6 = clone $s2; $c7 = clone $s2; echo "2 clones: ", mem() - $b, "\n";
$b = mem(); foreach ($c6 as $k => $v) {} echo "foreach clone: ", mem() - $b, "\n";
$b = mem(); $arr = (array)$c7; echo "cast clone: ", mem() - $b, "\n";
--EXPECT--
start
E: 40
EC: 416
ED: 432
std emptied: 40
std arr: 40
write arr in clone: 592
unset clone: -632
write orig after: 0
2 clones: 80
foreach clone: 376
cast clone: 0
