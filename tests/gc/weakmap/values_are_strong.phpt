--TEST--
values are strong references: they live while the entry does
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$v = new stdClass;
$m[$k] = $v;
$w = WeakReference::create($v);
unset($v);
var_dump($w->get() !== null);
unset($m[$k]);
var_dump($w->get());
--EXPECT--
bool(true)
NULL
