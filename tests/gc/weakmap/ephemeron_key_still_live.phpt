--TEST--
an entry whose value references its key survives while the key is held elsewhere
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = $k;
$keep = $k;
unset($k);
var_dump(gc_collect_cycles());
var_dump(count($m));
unset($keep);
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
int(0)
int(1)
int(1)
int(0)
