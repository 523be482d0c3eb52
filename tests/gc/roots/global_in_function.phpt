--TEST--
a global imported with 'global' is buffered when the function returns (its reference is released)
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$g = new stdClass;
function f() { global $g; return 1; }
$b = roots();
f();
show("after f", $b);
--EXPECT--
after f: 1
