--TEST--
gc_collect_cycles() with an empty buffer does not increment runs
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

gc_collect_cycles();
gc_collect_cycles();
st("empty");
$a = new stdClass; $b = $a; unset($b);
gc_collect_cycles();
st("one live root");
gc_collect_cycles();
st("again");
--EXPECT--
empty: runs=0 collected=0 threshold=10001 roots=0
one live root: runs=1 collected=0 threshold=10001 roots=0
again: runs=1 collected=0 threshold=10001 roots=0
