--TEST--
a collection that ran destructors reruns immediately: gc_status runs += 2
--FILE--
<?php
class D { public $self; function __destruct() { echo "dtor\n"; } }
$d = new D; $d->self = $d; unset($d);
$before = gc_status();
var_dump(gc_collect_cycles());
$after = gc_status();
var_dump($after['runs'] - $before['runs'], $after['collected'] - $before['collected']);
--EXPECT--
dtor
int(1)
int(2)
int(1)
