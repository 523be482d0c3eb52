--TEST--
a run collecting 99 values raises the threshold; one collecting 100 lowers it again
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

function fill($garbage) {
    global $keep;
    for ($i = 0; $i < $garbage; $i++) { $o = new stdClass; $o->self = $o; }
    unset($o);
    $start = gc_status()['runs'];
    while (gc_status()['runs'] === $start) { $k = new stdClass; $keep[] = $k; }
}
$keep = [];
fill(99);
st("99 garbage");
gc_collect_cycles();
$keep = [];
gc_collect_cycles();
st("reset");
fill(100);
st("100 garbage");
--EXPECT--
99 garbage: runs=1 collected=99 threshold=20001 roots=3
reset: runs=2 collected=99 threshold=20001 roots=0
100 garbage: runs=3 collected=199 threshold=10001 roots=3
