--TEST--
locals of the running function are live during a collection inside it
--FILE--
<?php
function f() {
    $a = new stdClass; $a->self = $a;
    $b = $a;
    unset($b);
    var_dump(gc_collect_cycles());
    var_dump($a->self === $a);
    unset($a);
    var_dump(gc_collect_cycles());
}
f();
--EXPECT--
int(0)
bool(true)
int(1)
