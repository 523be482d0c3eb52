--TEST--
assigning over a variable buffers the old object if it is still referenced elsewhere
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$keep = $o;
$b = roots();
$o = 1;
show("overwrite shared", $b);
$x = new stdClass;
$o = $x;
show("overwrite int", $b);
$o = new stdClass;
show("overwrite shared again", $b);
--EXPECT--
overwrite shared: 1
overwrite int: 1
overwrite shared again: 2
