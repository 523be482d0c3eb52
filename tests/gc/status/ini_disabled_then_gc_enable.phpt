--TEST--
with zend.enable_gc=0 from startup, gc_enable() starts buffering roots from then on
--INI--
zend.enable_gc=0
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$old = new stdClass; $old->self = $old; unset($old);
gc_enable();
$s = gc_status();
var_dump($s['protected'], $s['buffer_size']);
$new = new stdClass; $new->self = $new; unset($new);
st("after enable");
var_dump(gc_collect_cycles());
--EXPECT--
bool(false)
int(16384)
after enable: runs=0 collected=0 threshold=10001 roots=1
int(1)
