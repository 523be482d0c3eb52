--TEST--
after gc_collect_cycles() live roots are removed from the buffer
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$keep = [];
for ($i = 0; $i < 100; $i++) { $o = new stdClass; $keep[] = $o; }
unset($o);
st("before");
var_dump(gc_collect_cycles());
st("after");
--EXPECT--
before: runs=0 collected=0 threshold=10001 roots=100
int(0)
after: runs=1 collected=0 threshold=10001 roots=0
