<?php
// Array building, reading, foreach and hashing.
$a = [];
for ($i = 0; $i < 300000; $i++) { $a[] = $i * 2; }
$h = [];
foreach ($a as $k => $v) { $h["k$k"] = $v; }
$s = 0;
for ($i = 0; $i < 300000; $i++) { $s += $h["k$i"]; }
$b = $a;
$b[] = 1;
echo count($h), " ", $s, " ", count($b), "\n";
