--TEST--
preg_match and preg_split results
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$subject = "2026-11-23 and 2025-01-02";
$b = mem();
preg_match('/(\d+)-(\d+)-(\d+)/', $subject, $m);
echo "preg_match groups: ", mem() - $b, "\n";
$b = mem();
$parts = preg_split('/\s+/', $subject);
echo "preg_split: ", mem() - $b, "\n";
$b = mem();
$r = preg_replace('/\d/', '#', $subject);
echo "preg_replace: ", mem() - $b, "\n";
--EXPECT--
start
preg_match groups: 416
preg_split: 352
preg_replace: 64
