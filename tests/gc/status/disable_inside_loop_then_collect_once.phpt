--TEST--
disabling mid-way: runs stop, the manual collect gets everything buffered since
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

for ($i = 0; $i < 12000; $i++) { $o = new stdClass; $o->self = $o; }
st("enabled part");
gc_disable();
for ($i = 0; $i < 25000; $i++) { $o = new stdClass; $o->self = $o; }
unset($o);
st("disabled part");
var_dump(gc_collect_cycles());
st("after collect");
--EXPECT--
enabled part: runs=1 collected=10000 threshold=10001 roots=1999
disabled part: runs=1 collected=10000 threshold=10001 roots=27000
int(27000)
after collect: runs=2 collected=37000 threshold=10001 roots=0
