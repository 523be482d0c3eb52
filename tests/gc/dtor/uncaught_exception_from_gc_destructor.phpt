--TEST--
an uncaught exception from a GC destructor is fatal for the script
--FILE--
<?php
class D {
    public $self;
    function __destruct() { throw new LogicException('dtor failed'); }
}
$d = new D; $d->self = $d; unset($d);
gc_collect_cycles();
echo "not reached\n";
--EXPECTF--

Fatal error: Uncaught LogicException: dtor failed in %s:4
Stack trace:
#0 [internal function]: D->__destruct()
#1 %s(7): gc_collect_cycles()
#2 {main}
  thrown in %s on line 4
--EXPECT_EXIT--
255
