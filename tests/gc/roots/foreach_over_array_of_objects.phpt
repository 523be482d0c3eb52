--TEST--
foreach by value over objects: each value released from the loop variable is buffered
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$list = [new stdClass, new stdClass, new stdClass];
$b = roots();
foreach ($list as $v) {}
show("after loop", $b);
unset($v);
show("after unset \$v", $b);
--EXPECT--
after loop: 2
after unset $v: 3
