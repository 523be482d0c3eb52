--TEST--
foreach over a run-time array does not buffer the array when the loop ends
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$n = 1;
$a = [$n, $n, $n];
$b = roots();
foreach ($a as $x) {}
show("after loop", $b);
--EXPECT--
after loop: 0
