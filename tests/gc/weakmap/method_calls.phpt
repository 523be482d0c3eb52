--TEST--
WeakMap ArrayAccess methods called directly
--FILE--
<?php
$m = new WeakMap;
$k = new stdClass;
$m->offsetSet($k, 42);
var_dump($m->offsetGet($k), $m->offsetExists($k), $m->count());
$m->offsetUnset($k);
var_dump($m->offsetExists($k), $m->count());
var_dump($m instanceof ArrayAccess, $m instanceof Countable, $m instanceof IteratorAggregate);
--EXPECT--
int(42)
bool(true)
int(1)
bool(false)
int(0)
bool(true)
bool(true)
bool(true)
