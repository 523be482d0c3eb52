--TEST--
ints, floats, bools and null are never roots
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$i = 12345; $f = 1.5; $t = true; $z = null;
$j = $i; $g = $f;
$b = roots();
unset($i, $f, $t, $z, $j, $g);
show("scalars", $b);
--EXPECT--
scalars: 0
