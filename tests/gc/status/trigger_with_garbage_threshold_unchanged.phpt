--TEST--
an automatic run that collects 10000 garbage cycles leaves the threshold at 10001
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

for ($i = 0; $i < 10000; $i++) { $o = new stdClass; $o->self = $o; }
unset($o);
st("before");
$x = new stdClass; $x->self = $x; unset($x);
st("after");
--EXPECT--
before: runs=0 collected=0 threshold=10001 roots=10000
after: runs=1 collected=10000 threshold=10001 roots=1
