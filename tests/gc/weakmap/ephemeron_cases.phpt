--TEST--
WeakMap entries behave as ephemerons in the collector (PHP 8.3+)
--FILE--
<?php
// WeakMap entries as ephemerons (PHP 8.3+): a value lives while both its map and its key do.
function report($label) { echo $label, ": ", gc_collect_cycles(), "\n"; }

$m = new WeakMap; $k = new stdClass; $v = new stdClass; $v->key = $k; $m[$k] = $v;
unset($k, $v);
report("value holds its own key, map alive");
echo "entries left: ", count($m), "\n";

$m2 = new WeakMap; $k2 = new stdClass; $v2 = new stdClass; $v2->map = $m2; $m2[$k2] = $v2;
unset($m2, $v2);
report("value holds its map, key alive");

$m3 = new WeakMap; $k3 = new stdClass; $v3 = new stdClass; $v3->k = $k3; $v3->m = $m3; $m3[$k3] = $v3;
$keep = [$m3, $k3];
unset($m3, $k3, $v3);
report("map and key both alive");
echo "entries left: ", count($keep[0]), "\n";
unset($keep);
report("then both dropped");

$ma = new WeakMap; $mb = new WeakMap;
$ka = new stdClass; $kb = new stdClass;
$ma[$ka] = $kb; $mb[$kb] = $ka;
$ka->other = $mb;
unset($ka, $kb);
report("two maps whose values are each other's keys");
echo "left: ", count($ma), " ", count($mb), "\n";

$m5 = new WeakMap; $k5 = new stdClass;
$arr = [$m5]; $m5[$k5] = $arr; $k5->self = $k5;
unset($m5, $arr, $k5);
report("map reachable only from its own value, key a self-cycle");
--EXPECT--
value holds its own key, map alive: 2
entries left: 0
value holds its map, key alive: 2
map and key both alive: 0
entries left: 1
then both dropped: 3
two maps whose values are each other's keys: 2
left: 0 0
map reachable only from its own value, key a self-cycle: 3
