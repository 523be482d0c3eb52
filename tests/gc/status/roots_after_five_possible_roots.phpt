--TEST--
roots counts five objects whose refcount was decremented to non-zero
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$keep = [];
for ($i = 0; $i < 5; $i++) { $o = new stdClass; $keep[] = $o; }
st("before unset");   // four reassignments of $o already buffered four objects
unset($o);
st("after unset");
--EXPECT--
before unset: runs=0 collected=0 threshold=10001 roots=4
after unset: runs=0 collected=0 threshold=10001 roots=5
