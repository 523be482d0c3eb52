--TEST--
arrays returned by array functions
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$src = range(1, 50);
$b = mem();
$k = array_keys($src);
echo "array_keys: ", mem() - $b, "\n";
$b = mem();
$v = array_values(['a' => 1, 'b' => 2, 'c' => 3]);
echo "array_values: ", mem() - $b, "\n";
$b = mem();
$m = array_map(fn($x) => $x * 2, $src);
echo "array_map: ", mem() - $b, "\n";
$b = mem();
$f = array_filter($src, fn($x) => $x % 2);
echo "array_filter: ", mem() - $b, "\n";
$b = mem();
$fl = array_flip($src);
echo "array_flip: ", mem() - $b, "\n";
$b = mem();
$af = array_fill(0, 20, 'x');
echo "array_fill: ", mem() - $b, "\n";
$b = mem();
$mg = array_merge($src, $src);
echo "array_merge: ", mem() - $b, "\n";
$b = mem();
$sl = array_slice($src, 5, 10);
echo "array_slice: ", mem() - $b, "\n";
--EXPECT--
start
array_keys: 1336
array_values: 216
array_map: 1336
array_filter: 1336
array_flip: 1336
array_fill: 696
array_merge: 2616
array_slice: 376
