--TEST--
cycles through SplStack, SplQueue and SplObjectStorage are collected and counted as PHP counts them
--FILE--
<?php
// Cycles through SPL containers are found; their internal storage is not counted.
$s = new SplStack;
$o = new stdClass; $o->stack = $s;
$s->push($o); $s->push([1, 2]); $s->push("text");
unset($s, $o);
var_dump(gc_collect_cycles());

$q = new SplQueue;
$q->enqueue($q);
unset($q);
var_dump(gc_collect_cycles());

$st = new SplObjectStorage;
$a = new stdClass; $b = new stdClass;
$st[$a] = $b; $b->back = $st;
$st->attach($st);
unset($st, $a, $b);
var_dump(gc_collect_cycles());

$live = new SplObjectStorage;
$x = new stdClass; $x->s = $live; $live->attach($x);
var_dump(gc_collect_cycles(), count($live));
--EXPECT--
int(2)
int(1)
int(3)
int(0)
int(1)
