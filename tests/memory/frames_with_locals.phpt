--TEST--
frames with many locals need bigger stack slots
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
function many($n) {
    $a = 1; $b = 2; $c = 3; $d = 4; $e = 5; $f = 6; $g = 7; $h = 8; $i = 9; $j = 10;
    if ($n === 0) { return mem(); }
    return many($n - 1);
}
$b = mem();
echo "2000 frames with 11 locals: ", many(2000) - $b, "\n";
--EXPECT--
start
2000 frames with 11 locals: 786432
