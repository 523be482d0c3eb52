--TEST--
foreach over a WeakMap holds the map and releases it at the end; no key handle when the loop has no key
--FILE--
<?php
// Roots around foreach over a WeakMap: the map is held by the loop and released at its end.
$map = new WeakMap; $k1 = new stdClass; $k2 = new stdClass;
$map[$k1] = 1; $map[$k2] = 2;
gc_collect_cycles();
echo "start ", gc_status()['roots'], "\n";
foreach ($map as $k => $v) { echo "in ", gc_status()['roots'], "\n"; }
echo "after ", gc_status()['roots'], "\n";
unset($k);
echo "unset k ", gc_status()['roots'], "\n";
gc_collect_cycles();
foreach ($map as $v) { }
echo "values only ", gc_status()['roots'], "\n";
gc_collect_cycles();
foreach ($map as $v) { break; }
echo "break ", gc_status()['roots'], "\n";
gc_collect_cycles();
$it = $map->getIterator(); echo get_class($it), " ", gc_status()['roots'], "\n"; unset($it);
echo "iter freed ", gc_status()['roots'], "\n";
$e = new WeakMap; gc_collect_cycles(); foreach ($e as $v) {} echo "empty ", gc_status()['roots'], "\n";
--EXPECT--
start 0
in 0
in 1
after 2
unset k 3
values only 1
break 1
InternalIterator 1
iter freed 1
empty 1
