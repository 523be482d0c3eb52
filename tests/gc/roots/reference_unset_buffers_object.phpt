--TEST--
unsetting one of two references to an object buffers the object; to an int, nothing
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$r = &$o;
$b = roots();
unset($r);
show("reference to object", $b);
$i = 5;
$j = &$i;
unset($j);
show("reference to int", $b);
--EXPECT--
reference to object: 1
reference to int: 1
