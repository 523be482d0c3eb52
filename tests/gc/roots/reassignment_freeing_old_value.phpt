--TEST--
assigning over the only holder frees the old object: no root
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$b = roots();
$o = new stdClass;
show("overwrite sole holder", $b);
--EXPECT--
overwrite sole holder: 0
