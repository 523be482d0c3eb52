--TEST--
A foreach's array or object is a possible root again after every collection (PHP's live loop variables)
--FILE--
<?php
$a = [new stdClass, 2, 3];
gc_collect_cycles();
echo "before: ", gc_status()['roots'], "\n";
foreach ($a as $v) {
    echo "in loop: ", gc_status()['roots'], "\n";
    $n = gc_collect_cycles();
    echo "after gc: ", gc_status()['roots'], " n=$n\n";
    break;
}
echo "after loop: ", gc_status()['roots'], "\n";
gc_collect_cycles();
function f($arr) { foreach ($arr as $x) { gc_collect_cycles(); echo "in f: ", gc_status()['roots'], "\n"; return; } }
f($a);
foreach ([1, 2] as $x) { gc_collect_cycles(); echo "literal: ", gc_status()['roots'], "\n"; break; }
$o = new ArrayObject([1]);
foreach ($o as $x) { gc_collect_cycles(); echo "object: ", gc_status()['roots'], "\n"; break; }
foreach ($a as &$r) { gc_collect_cycles(); echo "by ref: ", gc_status()['roots'], "\n"; break; }
unset($r);
--EXPECT--
before: 0
in loop: 0
after gc: 1 n=0
after loop: 1
in f: 1
literal: 1
object: 1
by ref: 1
