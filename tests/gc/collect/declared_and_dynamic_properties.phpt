--TEST--
a class with declared properties plus a dynamic one closing the cycle
--FILE--
<?php
#[AllowDynamicProperties]
class P { public $x = 1; public $y = 2; }
$o = new P;
$o->dyn = $o;
unset($o);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
