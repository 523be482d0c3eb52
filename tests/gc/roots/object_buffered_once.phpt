--TEST--
an object already buffered is not buffered twice
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o = new stdClass;
$p = $o; $q = $o; $r = $o;
$b = roots();
unset($p);
show("first decrement", $b);
unset($q);
show("second decrement", $b);
unset($r);
show("third decrement", $b);
--EXPECT--
first decrement: 1
second decrement: 1
third decrement: 1
