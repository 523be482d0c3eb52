--TEST--
weak reference registry memory over many referents, many maps and holders coming and going
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";
$objs = []; for ($i = 0; $i < 20; $i++) $objs[] = new stdClass;
$refs = [];
$b = mem(); foreach ($objs as $o) { $refs[] = WeakReference::create($o); } unset($o); echo "20 weakrefs: ", mem() - $b, "\n";
$b = mem(); $refs = []; echo "drop weakrefs: ", mem() - $b, "\n";
$maps = []; for ($i = 0; $i < 12; $i++) $maps[] = new WeakMap;
$k = new stdClass;
$b = mem(); foreach ($maps as $m) { $m[$k] = 1; } unset($m); echo "12 maps one key: ", mem() - $b, "\n";
$w = WeakReference::create($k);
$b = mem(); unset($maps[0][$k], $maps[1][$k]); echo "unset 2: ", mem() - $b, "\n";
$b = mem(); unset($k); echo "key dies: ", mem() - $b, "\n";
$x = new stdClass; $wm = new WeakMap; $wm[$x] = 1; $wr = WeakReference::create($x);
$b = mem(); unset($wr); echo "drop ref of 2-holder: ", mem() - $b, "\n";
$b = mem(); unset($wm[$x]); echo "drop last holder: ", mem() - $b, "\n";
$b = mem(); $wr2 = WeakReference::create($x); echo "recreate: ", mem() - $b, "\n";
$c = clone $wm;
$y = new stdClass; $wm[$y] = [1];
$b = mem(); $c2 = clone $wm; echo "clone map: ", mem() - $b, "\n";
var_dump(count($c2), $wr2->get() === $x);
--EXPECT--
start
20 weakrefs: 2936
drop weakrefs: -1656
12 maps one key: 4536
unset 2: 0
key dies: -736
drop ref of 2-holder: -48
drop last holder: -376
recreate: 48
clone map: 792
int(1)
bool(true)
