--TEST--
call frames live on 256 KiB VM stack pages
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
function depth($n, $at) {
    if ($n === $at) { return mem(); }
    return depth($n + 1, $at);
}
foreach ([10, 100, 1000, 5000, 20000] as $d) {
    $b = mem();
    echo "depth $d: ", depth(0, $d) - $b, "\n";
}
echo "after: ", mem() - $b, "\n";
--EXPECT--
start
depth 10: 0
depth 100: 0
depth 1000: 0
depth 5000: 786432
depth 20000: 3407872
after: 0
