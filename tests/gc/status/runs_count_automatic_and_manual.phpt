--TEST--
runs counts automatic and manual collections alike
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

for ($i = 0; $i < 25000; $i++) { $o = new stdClass; $o->self = $o; }
unset($o);
st("automatic");
gc_collect_cycles();
st("manual");
--EXPECT--
automatic: runs=2 collected=20000 threshold=10001 roots=5000
manual: runs=3 collected=25000 threshold=10001 roots=0
