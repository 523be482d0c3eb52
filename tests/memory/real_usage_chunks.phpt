--TEST--
real usage counts 2 MiB chunks and huge blocks
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$r0 = memory_get_usage(true);
echo "whole chunks: ", $r0 % (2 * 1024 * 1024), "\n";
$a = [];
for ($i = 0; $i < 3; $i++) { $a[] = str_repeat('r', 1500000); }
$r1 = memory_get_usage(true);
echo "chunks added for 3 x 1.5 MB: ", ($r1 - $r0) / (2 * 1024 * 1024), "\n";
$huge = str_repeat('h', 5000000);
$r2 = memory_get_usage(true);
echo "huge block mapped: ", $r2 - $r1, "\n";
unset($huge);
echo "huge block unmapped: ", memory_get_usage(true) - $r1, "\n";
--EXPECT--
start
whole chunks: 0
chunks added for 3 x 1.5 MB: 2
huge block mapped: 5001216
huge block unmapped: 0
