--TEST--
recursive function building a nested structure by reference
--FILE--
<?php
function insert(array &$tree, array $path, $value) { $k = array_shift($path); if (!$path) { $tree[$k] = $value; return; } $tree[$k] ??= []; insert($tree[$k], $path, $value); }
$t = [];
insert($t, ['a', 'b', 'c'], 1); insert($t, ['a', 'd'], 2); insert($t, ['e'], 3);
echo json_encode($t), "\n";
--EXPECT--
{"a":{"b":{"c":1},"d":2},"e":3}
