--TEST--
8.3+: an entry whose value is its own key is collectable once the key is otherwise unreachable
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = $k;
var_dump(gc_collect_cycles(), count($m));
unset($k);
var_dump(count($m));
var_dump(gc_collect_cycles());
var_dump(count($m));
--EXPECT--
int(0)
int(1)
int(1)
int(1)
int(0)
