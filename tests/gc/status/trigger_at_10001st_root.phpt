--TEST--
the 10 001st buffered root triggers a collection: runs=1, threshold grows, one root left
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$keep = [];
for ($i = 0; $i < 10000; $i++) { $o = new stdClass; $keep[] = $o; }
unset($o);
st("10000 roots");
$p = new stdClass; $keep[] = $p; unset($p);
st("10001st root");
--EXPECT--
10000 roots: runs=0 collected=0 threshold=10001 roots=10000
10001st root: runs=1 collected=0 threshold=20001 roots=1
