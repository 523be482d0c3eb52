--TEST--
separating a shared array on write does not buffer the original
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$n = 1;
$a = [$n, $n];
$c = $a;
$b = roots();
$c[] = 3;
show("after separation", $b);
--EXPECT--
after separation: 0
