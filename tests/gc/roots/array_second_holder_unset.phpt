--TEST--
unsetting one of two holders of a run-time array buffers the array
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$n = 1;
$a = [$n, $n + 1];
$c = $a;
$b = roots();
unset($c);
show("array", $b);
--EXPECT--
array: 1
