--TEST--
gc_status()['running'] is true inside a destructor called by the collector
--FILE--
<?php
class D {
    public $self;
    function __destruct() { $s = gc_status(); var_dump($s['running'], $s['protected']); }
}
var_dump(gc_status()['running']);
$d = new D; $d->self = $d; unset($d);
gc_collect_cycles();
var_dump(gc_status()['running']);
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(false)
