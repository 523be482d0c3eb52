--TEST--
without opcache a literal array is refcounted: unsetting a copy of it buffers it
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$a = [1, 2, 3];
$c = $a;
$b = roots();
unset($c);
show("unset copy", $b);
unset($a);
show("unset original", $b);
--EXPECT--
unset copy: 1
unset original: 1
