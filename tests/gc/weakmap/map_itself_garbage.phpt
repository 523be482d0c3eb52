--TEST--
a WeakMap that is only reachable from a cycle is collected with it
--FILE--
<?php
$holder = new stdClass;
$holder->self = $holder;
$holder->map = new WeakMap;
$k = new stdClass;
$holder->map[$k] = 'v';
$w = WeakReference::create($holder->map);
unset($holder);
var_dump(gc_collect_cycles());
var_dump($w->get());
var_dump($k instanceof stdClass);
--EXPECT--
int(2)
NULL
bool(true)
