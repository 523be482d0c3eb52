--TEST--
the destructor of a garbage self-cycle runs inside gc_collect_cycles()
--FILE--
<?php
class D { public $self; function __destruct() { echo "dtor\n"; } }
$d = new D; $d->self = $d;
unset($d);
echo "before\n";
$n = gc_collect_cycles();
echo "after\n";
var_dump($n);
--EXPECT--
before
dtor
after
int(1)
