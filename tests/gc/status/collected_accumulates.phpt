--TEST--
collected adds up the counts of every run
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

for ($round = 1; $round <= 3; $round++) {
    for ($i = 0; $i < $round; $i++) { $o = new stdClass; $o->self = $o; }
    unset($o);
    echo "returned ", gc_collect_cycles(), "\n";
    st("round $round");
}
--EXPECT--
returned 1
round 1: runs=1 collected=1 threshold=10001 roots=0
returned 2
round 2: runs=2 collected=3 threshold=10001 roots=0
returned 3
round 3: runs=3 collected=6 threshold=10001 roots=0
