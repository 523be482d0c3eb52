--TEST--
the empty array is never buffered
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$a = [];
$c = $a;
$b = roots();
unset($c, $a);
show("empty array", $b);
--EXPECT--
empty array: 0
