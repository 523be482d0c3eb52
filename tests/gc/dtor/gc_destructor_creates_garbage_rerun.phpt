--TEST--
status counters across a collection whose destructor makes 5 new self-cycles
--FILE--
<?php
class D {
    public $self;
    function __destruct() {
        for ($i = 0; $i < 5; $i++) { $o = new stdClass; $o->self = $o; }
    }
}
$d = new D; $d->self = $d; unset($d);
var_dump(gc_collect_cycles());
$s = gc_status();
var_dump($s['runs'], $s['collected'], $s['roots']);
var_dump(gc_collect_cycles());
$s = gc_status();
var_dump($s['runs'], $s['collected'], $s['roots']);
--EXPECT--
int(6)
int(2)
int(6)
int(0)
int(0)
int(2)
int(6)
int(0)
