--TEST--
10000 buffered roots do not trigger a collection
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$keep = [];
for ($i = 0; $i < 10000; $i++) { $o = new stdClass; $keep[] = $o; }
unset($o);
st("10000");
--EXPECT--
10000: runs=0 collected=0 threshold=10001 roots=10000
