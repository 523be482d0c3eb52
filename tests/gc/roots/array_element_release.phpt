--TEST--
destroying an array releases its elements: shared objects become roots
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$o1 = new stdClass; $o2 = new stdClass;
$arr = [$o1, $o2];
$b = roots();
unset($arr);
show("after unset array", $b);
--EXPECT--
after unset array: 2
