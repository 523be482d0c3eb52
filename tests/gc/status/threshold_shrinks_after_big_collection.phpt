--TEST--
after a raised threshold, an automatic run that collects many values lowers it by 10000
--FILE--
<?php
function st($label) {
    $s = gc_status();
    echo $label, ": runs={$s['runs']} collected={$s['collected']} threshold={$s['threshold']} roots={$s['roots']}\n";
}

$keep = [];
for ($i = 0; $i < 30000; $i++) { $o = new stdClass; $keep[] = $o; }
unset($o);
st("after live roots");
unset($keep);
$last = gc_status()['runs'];
for ($i = 0; $i < 100000; $i++) {
    $o = new stdClass; $o->self = $o;
    $runs = gc_status()['runs'];
    if ($runs !== $last) { $last = $runs; st("garbage $i"); }
}
unset($o);
st("end");
--EXPECT--
after live roots: runs=1 collected=0 threshold=20001 roots=20000
garbage 20001: runs=2 collected=20000 threshold=10001 roots=1
garbage 30001: runs=3 collected=30000 threshold=10001 roots=1
garbage 40001: runs=4 collected=40000 threshold=10001 roots=1
garbage 50001: runs=5 collected=50000 threshold=10001 roots=1
garbage 60001: runs=6 collected=60000 threshold=10001 roots=1
garbage 70001: runs=7 collected=70000 threshold=10001 roots=1
garbage 80001: runs=8 collected=80000 threshold=10001 roots=1
garbage 90001: runs=9 collected=90000 threshold=10001 roots=1
end: runs=9 collected=90000 threshold=10001 roots=10000
