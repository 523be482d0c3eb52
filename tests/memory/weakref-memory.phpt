--TEST--
WeakReference and WeakMap memory - registry table, holder tables, embedded map table
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$o1 = new stdClass; $o2 = new stdClass; $o3 = new stdClass;
$b = mem(); $w1 = WeakReference::create($o1); echo "first: ", mem() - $b, "\n";
$b = mem(); $w2 = WeakReference::create($o2); echo "second: ", mem() - $b, "\n";
$b = mem(); $w2b = WeakReference::create($o2); echo "same again: ", mem() - $b, "\n";
$b = mem(); unset($w2, $w2b); echo "drop second: ", mem() - $b, "\n";
$b = mem(); unset($o1); echo "drop referent 1: ", mem() - $b, "\n";
$b = mem(); $m = new WeakMap; echo "new WeakMap: ", mem() - $b, "\n";
$b = mem(); $m[$o3] = 1; echo "map first entry: ", mem() - $b, "\n";
$o4 = new stdClass;
$b = mem(); $m[$o4] = 2; echo "map second entry: ", mem() - $b, "\n";
$b = mem(); unset($m[$o4]); echo "map unset entry: ", mem() - $b, "\n";
$m2 = new WeakMap;
$b = mem(); $m2[$o3] = 1; echo "second map same key: ", mem() - $b, "\n";
--EXPECT--
start
first: 368
second: 48
same again: 0
drop second: -48
drop referent 1: -40
new WeakMap: 96
map first entry: 320
map second entry: 0
map unset entry: 0
second map same key: 696
