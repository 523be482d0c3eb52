--TEST--
destructors of garbage cycles run when the root buffer fills up, without an explicit call
--FILE--
<?php
class D {
    public $self;
    static $count = 0;
    function __destruct() { self::$count++; }
}
for ($i = 0; $i < 10000; $i++) { $d = new D; $d->self = $d; }
unset($d);
var_dump(D::$count, gc_status()['runs']);
$x = new D; $x->self = $x; unset($x);   // 10 001st root
var_dump(D::$count, gc_status()['runs']);
--EXPECT--
int(0)
int(0)
int(10000)
int(2)
