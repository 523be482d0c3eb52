--TEST--
every automatic run that collects fewer than 100 values raises the threshold by 10000
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$keep = [];
$last = 0;
for ($i = 0; $i < 100000; $i++) {
    $o = new stdClass; $keep[] = $o;
    $runs = gc_status()['runs'];
    if ($runs !== $last) { $last = $runs; st("at object $i"); }
}
unset($o);
st("end");
--EXPECT--
at object 10001: runs=1 collected=0 threshold=20001 roots=1
at object 30001: runs=2 collected=0 threshold=30001 roots=1
at object 60001: runs=3 collected=0 threshold=40001 roots=1
end: runs=3 collected=0 threshold=40001 roots=40000
