--TEST--
WeakMap reads, writes and isset through the map's own handlers: roots as PHP's
--FILE--
<?php
$m = new WeakMap; $a = new stdClass; $b = new stdClass; $arr = [1, 2];
echo gc_status()['roots'], "\n";
$m[$a] = 1; echo "1: ", gc_status()['roots'], "\n";
$m[$a] = "over" . "written"; echo "2: ", gc_status()['roots'], "\n";
$m[$b] = $arr; echo "3: ", gc_status()['roots'], "\n";
$m[new stdClass] = 5; echo "4: ", gc_status()['roots'], "\n";
$x = count($m); echo "5: ", gc_status()['roots'], "\n";
$y = $m[$a]; echo "6: ", gc_status()['roots'], "\n";
function key_of() { global $b; return $b; }
$m[key_of()] = [3]; echo "7: ", gc_status()['roots'], "\n";
try { $m["str"] = 1; } catch (TypeError $e) { } echo "8: ", gc_status()['roots'], "\n";
$z = isset($m[$a]); echo "9: ", gc_status()['roots'], "\n";
--EXPECT--
0
1: 0
2: 0
3: 0
4: 0
5: 0
6: 0
7: 2
8: 2
9: 2
