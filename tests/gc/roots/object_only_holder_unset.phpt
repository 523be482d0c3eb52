--TEST--
unsetting the only holder frees the object: nothing is buffered
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$b = roots();
unset($o);
show("unset only holder", $b);
--EXPECT--
unset only holder: 0
