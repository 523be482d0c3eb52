--TEST--
iteration yields object keys and values in insertion order
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $a->n = 'a';
$b = new stdClass; $b->n = 'b';
$c = new stdClass; $c->n = 'c';
$m[$b] = 2; $m[$a] = 1; $m[$c] = 3;
foreach ($m as $k => $v) echo $k->n, " => ", $v, "\n";
unset($m[$a]);
$m[$a] = 10;
foreach ($m as $k => $v) echo $k->n, " => ", $v, "\n";
--EXPECT--
b => 2
a => 1
c => 3
b => 2
c => 3
a => 10
