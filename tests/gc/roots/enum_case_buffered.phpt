--TEST--
enum case objects are buffered like any object when a holder goes away
--FILE--
<?php
function roots() { return gc_status()['roots']; }
function show($label, $before) { echo $label, ": ", roots() - $before, "\n"; }

enum Suit { case Hearts; case Spades; }
$a = Suit::Hearts;
$c = $a;
$b = roots();
unset($c);
show("enum", $b);
--EXPECT--
enum: 1
