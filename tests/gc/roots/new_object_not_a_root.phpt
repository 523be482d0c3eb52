--TEST--
creating objects and arrays does not buffer anything
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$b = roots();
$o = new stdClass;
$n = 5;
$a = [$n, $n];
$s = str_repeat('x', 10);
show("after creation", $b);
--EXPECT--
after creation: 0
