--TEST--
passing a run-time array to a function buffers it
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

function f($x) { return count($x); }
$n = 3;
$a = [$n];
$b = roots();
f($a);
show("after call", $b);
--EXPECT--
after call: 1
