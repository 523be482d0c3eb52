--TEST--
gc_collect_cycles() still collects while the GC is disabled
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

gc_disable();
for ($i = 0; $i < 30000; $i++) { $o = new stdClass; $o->self = $o; }
unset($o);
st("before");
var_dump(gc_collect_cycles());
st("after");
var_dump(gc_enabled());
--EXPECT--
before: runs=0 collected=0 threshold=10001 roots=30000
int(30000)
after: runs=1 collected=30000 threshold=10001 roots=0
bool(false)
