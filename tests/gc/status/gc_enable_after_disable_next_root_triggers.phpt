--TEST--
after gc_enable() an over-full buffer collects at the next new root
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

gc_disable();
for ($i = 0; $i < 15000; $i++) { $o = new stdClass; $o->self = $o; }
st("disabled");
gc_enable();
st("enabled");
$x = new stdClass; $x->self = $x; unset($x);
st("after one more root");
--EXPECT--
disabled: runs=0 collected=0 threshold=10001 roots=14999
enabled: runs=0 collected=0 threshold=10001 roots=14999
after one more root: runs=1 collected=14999 threshold=10001 roots=1
