--TEST--
unsetting one of two variables holding an object buffers the object
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$p = $o;
$b = roots();
unset($p);
show("unset one holder", $b);
--EXPECT--
unset one holder: 1
