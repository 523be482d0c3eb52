--TEST--
calling a method on an object held by a variable buffers the object when $this is released
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

class C { function m() { return 1; } }
$o = new C;
$b = roots();
$o->m();
show("after method call", $b);
--EXPECT--
after method call: 1
