--TEST--
strings are never possible roots, shared or not
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$s = str_repeat('x', 100);
$t = $s;
$u = 'literal';
$v = $u;
$b = roots();
unset($t, $v);
show("strings", $b);
--EXPECT--
strings: 0
