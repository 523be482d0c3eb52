--TEST--
with gc_disable() possible roots are still buffered
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

gc_disable();
$o = new stdClass; $p = $o;
$b = roots();
unset($p);
show("disabled", $b);
--EXPECT--
disabled: 1
