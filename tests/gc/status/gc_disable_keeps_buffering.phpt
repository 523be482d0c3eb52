--TEST--
with gc_disable() roots pile up past the threshold without any run
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

gc_disable();
$keep = [];
for ($i = 0; $i < 30000; $i++) { $o = new stdClass; $o->self = $o; $keep[] = $o; }
unset($o);
st("disabled");
var_dump(gc_status()['buffer_size']);
--EXPECT--
disabled: runs=0 collected=0 threshold=10001 roots=30000
int(32768)
