--TEST--
a map held only by its own entry's value is garbage (with the value) even while the key lives
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$v = new stdClass;
$v->map = $m;
$m[$k] = $v;
$w = WeakReference::create($m);
unset($m, $v);
var_dump(gc_collect_cycles());
var_dump($w->get() !== null);
unset($k);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
int(2)
bool(false)
int(0)
NULL
