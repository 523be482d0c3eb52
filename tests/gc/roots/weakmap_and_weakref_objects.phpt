--TEST--
creating WeakReference and WeakMap entries does not buffer the referents
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$b = roots();
$w = WeakReference::create($o);
show("weakref", $b);
$m = new WeakMap;
show("weakmap", $b);
$m[$o] = 1;
show("weakmap entry", $b);
--EXPECT--
weakref: 0
weakmap: 0
weakmap entry: 0
