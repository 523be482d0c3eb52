--TEST--
foreach over a WeakMap while entries vanish and change
--FILE--
<?php
$map = new WeakMap; $keys = [];
for ($i = 0; $i < 6; $i++) { $keys[$i] = new stdClass; $keys[$i]->id = $i; $map[$keys[$i]] = "v$i"; }
foreach ($map as $k => $v) {
    echo $k->id, "=", $v, "\n";
    if ($k->id == 1) { unset($keys[3]); }     // an entry vanishes ahead of the loop
    if ($k->id == 2) { $map[$keys[0]] = "changed"; }
}
unset($k);
echo count($map), "\n";
foreach ($map as $v) { echo $v, " "; } echo "\n";
$empty = new WeakMap; foreach ($empty as $v) { echo "never\n"; }
echo gc_status()['roots'], "\n";
function it($m) { foreach ($m as $k => $v) { yield $k->id => $v; } }
foreach (it($map) as $id => $v) { echo "$id:$v "; } echo "\n";
$it = $map->getIterator(); foreach ($it as $k => $v) { echo $k->id, " "; } echo "\n";
var_dump(iterator_to_array($map->getIterator(), false));
--EXPECT--
0=v0
1=v1
2=v2
4=v4
5=v5
5
changed v1 v2 v4 v5 
7
0:changed 1:v1 2:v2 4:v4 5:v5 
0 1 2 4 5 
array(5) {
  [0]=>
  string(7) "changed"
  [1]=>
  string(2) "v1"
  [2]=>
  string(2) "v2"
  [3]=>
  string(2) "v4"
  [4]=>
  string(2) "v5"
}
