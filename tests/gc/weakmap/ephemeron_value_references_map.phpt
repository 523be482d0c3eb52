--TEST--
an entry whose value holds the map and the key: map and entry collectable once both are unset
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m[$k] = [$k, $m];
$w = WeakReference::create($m);
gc_collect_cycles();
var_dump($w->get() !== null);
unset($k, $m);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
bool(true)
int(3)
NULL
