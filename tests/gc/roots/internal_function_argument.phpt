--TEST--
passing values to internal functions does not buffer them
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$b = roots();
spl_object_id($o);
show("spl_object_id", $b);
$n = 1;
$a = [$n];
count($a);
show("count", $b);
--EXPECT--
spl_object_id: 0
count: 0
