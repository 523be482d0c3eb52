--TEST--
[] and constant array literals are immutable: no heap
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$e = [];
$lit = [1, 2, 3, 'a' => 'b'];
$nested = [[1, 2], [3, 4]];
echo "literals: ", mem() - $b, "\n";
$copy = $lit;
echo "copy of literal: ", mem() - $b, "\n";
$copy[] = 4;
echo "written copy: ", mem() - $b, "\n";
--EXPECT--
start
literals: 0
copy of literal: 0
written copy: 376
