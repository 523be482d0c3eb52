--TEST--
sorting is stable (PHP 8.0+): equal elements keep their order
--FILE--
<?php
$people = [['n' => 'a', 'age' => 30], ['n' => 'b', 'age' => 25], ['n' => 'c', 'age' => 30], ['n' => 'd', 'age' => 25], ['n' => 'e', 'age' => 30]];
usort($people, fn($x, $y) => $x['age'] <=> $y['age']);
echo implode(",", array_column($people, 'n')), "\n";
$k = ['x' => 1, 'y' => 0, 'z' => 1, 'w' => 0];
asort($k); echo implode(",", array_keys($k)), "\n";
uasort($k, fn($a, $b) => $b <=> $a); echo implode(",", array_keys($k)), "\n";
--EXPECT--
b,d,a,c,e
y,w,x,z
x,z,y,w
