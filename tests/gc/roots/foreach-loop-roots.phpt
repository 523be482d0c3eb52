--TEST--
Roots after foreach loops by reference and by value (pre-existing divergence: Memphis records more)
--FILE--
<?php
$a = [1, 2, 3];
foreach ($a as &$r) {} echo "1 ", gc_status()['roots'], "\n";
foreach ($a as $r) {} echo "2 ", gc_status()['roots'], "\n";
unset($r); echo "3 ", gc_status()['roots'], "\n";
$b = ['x' => [1], 'y' => new stdClass, 'z' => "s" . 1];
foreach ($b as $k => $v) { } echo "4 ", gc_status()['roots'], "\n";
$x = 1; $y = &$x;
foreach ([10, 20] as $y) {} echo "5 ", gc_status()['roots'], "\n";
$arr = [1, 2, 3];
foreach ($arr as $i => $v) { if ($i == 0) { $arr[] = 4; } } echo "6 ", gc_status()['roots'], "\n";
foreach ([[1, 2], [3, 4]] as [$p, $q]) { } echo "7 ", gc_status()['roots'], "\n";
--EXPECT--
1 0
2 0
3 0
4 2
5 2
6 2
7 2
