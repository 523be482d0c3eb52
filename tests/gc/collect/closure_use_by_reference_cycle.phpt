--TEST--
a closure capturing its own variable by reference ($f = function() use (&$f))
--FILE--
<?php
$f = function () use (&$f) { return 1; };
unset($f);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
