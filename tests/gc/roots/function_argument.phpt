--TEST--
passing an object to a function buffers it when the argument is released
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

function f($x) { return 1; }
$o = new stdClass;
$b = roots();
f($o);
show("after call", $b);
--EXPECT--
after call: 1
