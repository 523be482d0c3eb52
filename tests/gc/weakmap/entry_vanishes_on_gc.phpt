--TEST--
an entry whose key is a garbage cycle stays until gc_collect_cycles()
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass; $k->self = $k;
$m[$k] = 'v';
unset($k);
var_dump(count($m));
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
int(1)
int(1)
int(0)
