--TEST--
a freed root's slot is reused by the next root; count stays exact
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

$list = [];
for ($i = 0; $i < 10; $i++) { $o = new stdClass; $list[] = $o; }
unset($o);
$b = roots();
echo "buffered: $b\n";
unset($list[3], $list[5]);
show("two freed", $b);
$x = new stdClass; $y = $x; unset($y);
show("one new root", $b);
--EXPECT--
buffered: 10
two freed: -2
one new root: -1
