--TEST--
runs collecting many values at the default threshold keep it at 10001
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$last = 0;
for ($i = 0; $i < 35000; $i++) {
    $o = new stdClass; $o->self = $o;
    $runs = gc_status()['runs'];
    if ($runs !== $last) { $last = $runs; st("at $i"); }
}
--EXPECT--
at 10001: runs=1 collected=10000 threshold=10001 roots=1
at 20001: runs=2 collected=20000 threshold=10001 roots=1
at 30001: runs=3 collected=30000 threshold=10001 roots=1
