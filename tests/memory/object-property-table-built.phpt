--TEST--
the property table PHP builds for objects with declared properties (foreach, get_object_vars, var_dump)
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
class P { public $a = 1; public $b = 2; }
$p = new P;
$b = mem(); foreach ($p as $k => $v) {} echo "foreach declared: ", mem() - $b, "\n";
$b = mem(); foreach ($p as $k => $v) {} echo "again: ", mem() - $b, "\n";
$q = new P;
$b = mem(); $x = get_object_vars($q); echo "gov declared: ", mem() - $b, "\n";
$b = mem(); $y = (array)$q; echo "cast declared: ", mem() - $b, "\n";
$r = new P;
$b = mem(); foreach ($r as $k => &$v) {} unset($v); echo "byref declared: ", mem() - $b, "\n";
$s = new P;
$b = mem(); var_dump(count((array)$s)); echo "count cast: ", mem() - $b, "\n";
--EXPECT--
start
foreach declared: 376
again: 0
gov declared: 752
cast declared: 376
byref declared: 472
int(2)
count cast: 0
