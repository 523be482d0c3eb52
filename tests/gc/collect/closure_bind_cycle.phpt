--TEST--
Closure::bind() of a closure to an object that then stores it
--FILE--
<?php
$o = new stdClass;
$f = function () { return 42; };
$o->f = Closure::bind($f, $o, null);
unset($o, $f);
var_dump(gc_collect_cycles());
--EXPECT--
int(2)
