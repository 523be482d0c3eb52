--TEST--
a cycle where only one object has a destructor is still freed in the same call
--FILE--
<?php
class D { public $other; function __destruct() { echo "D dtor\n"; } }
$d = new D; $p = new stdClass;
$d->other = $p; $p->other = $d;
unset($d, $p);
var_dump(gc_collect_cycles());
var_dump(gc_collect_cycles());
--EXPECT--
D dtor
int(2)
int(0)
