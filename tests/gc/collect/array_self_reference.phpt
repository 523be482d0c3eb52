--TEST--
an array holding a reference to itself ($a[0] = &$a) counts 1
--FILE--
<?php
$a = [];
$a[0] = &$a;
unset($a);
var_dump(gc_collect_cycles());
--EXPECT--
int(1)
