--TEST--
an entry whose value is an array holding its key is collectable
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$n = 1;
$m[$k] = [$k, $n];
unset($k);
var_dump(count($m));
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
int(1)
int(2)
int(0)
