--TEST--
a WeakMap can be a key in itself; the map still dies with its last holder
--FILE--
<?php
$m = new WeakMap;
$m[$m] = 'self';
var_dump(count($m));
$w = WeakReference::create($m);
unset($m);
var_dump($w->get());
--EXPECT--
int(1)
NULL
