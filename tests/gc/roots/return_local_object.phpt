--TEST--
returning a local variable buffers its object (the local is released after the copy); returning new does not
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

function make() { $x = new stdClass; return $x; }
function make2() { return new stdClass; }
$b = roots();
$o = make();
show("return local", $b);
$p = make2();
show("return new", $b);
--EXPECT--
return local: 1
return new: 1
