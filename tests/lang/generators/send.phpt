--TEST--
Generator::send and the value of the yield expression
--FILE--
<?php
function acc() { $total = 0; while (true) { $x = yield $total; if ($x === null) return $total; $total += $x; } }
$g = acc();
var_dump($g->current(), $g->send(5), $g->send(10), $g->send(null), $g->valid(), $g->getReturn());
function logger() { while (true) { echo "log: ", yield, "\n"; } }
$l = logger(); $l->send("one"); $l->send("two");
--EXPECT--
int(0)
int(5)
int(15)
NULL
bool(false)
int(15)
log: one
log: two
log: 
