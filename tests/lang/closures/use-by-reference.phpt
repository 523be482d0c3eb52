--TEST--
closures capturing by reference see later changes
--FILE--
<?php
$count = 0;
$inc = function () use (&$count) { $count++; };
$inc(); $inc(); var_dump($count);
$count = 10; $inc(); var_dump($count);
$fns = [];
for ($i = 0; $i < 3; $i++) { $fns[] = function () use ($i) { return $i; }; }
echo implode(",", array_map(fn($f) => $f(), $fns)), "\n";
--EXPECT--
int(2)
int(11)
0,1,2
