--TEST--
WeakReferences to collected cycle members return null after the collection
--FILE--
<?php
$a = new stdClass; $b = new stdClass;
$a->b = $b; $b->a = $a;
$wa = WeakReference::create($a);
$wb = WeakReference::create($b);
unset($a, $b);
var_dump($wa->get() !== null, $wb->get() !== null);
var_dump(gc_collect_cycles());
var_dump($wa->get(), $wb->get());
--EXPECT--
bool(true)
bool(true)
int(2)
NULL
NULL
