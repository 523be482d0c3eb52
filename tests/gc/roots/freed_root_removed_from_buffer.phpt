--TEST--
a buffered object that is then freed leaves the buffer
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$p = $o;
$b = roots();
unset($p);
show("buffered", $b);
unset($o);
show("freed", $b);
--EXPECT--
buffered: 1
freed: 0
