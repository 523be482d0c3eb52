--TEST--
a key object that holds the map itself: both go away when the key is released
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$k->map = $m;
$m[$k] = 'v';
$w = WeakReference::create($m);
unset($m);
var_dump(count($k->map));
unset($k);
var_dump(gc_collect_cycles());
var_dump($w->get());
--EXPECT--
int(1)
int(0)
NULL
