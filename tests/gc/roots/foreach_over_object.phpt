--TEST--
foreach over an object's properties does not buffer the object
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$o->a = 1; $o->b = 2;
$b = roots();
foreach ($o as $k => $v) {}
show("after loop", $b);
--EXPECT--
after loop: 0
