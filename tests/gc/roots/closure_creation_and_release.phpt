--TEST--
closures are objects: a shared closure released becomes a root, and so does one that was called
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$f = function () { return 1; };
$g = $f;
$b = roots();
unset($g);
show("closure", $b);
$h = fn() => 2;
$h();
show("after call", $b);
--EXPECT--
closure: 1
after call: 2
