--TEST--
enum cases can be WeakMap keys and never disappear
--FILE--
<?php
enum Suit { case Hearts; case Spades; }
$m = new WeakMap;
$m[Suit::Hearts] = 'red';
$m[Suit::Spades] = 'black';
var_dump(gc_collect_cycles());
var_dump(count($m), $m[Suit::Hearts]);
foreach ($m as $k => $v) echo $k->name, " => $v\n";
--EXPECT--
int(0)
int(2)
string(3) "red"
Hearts => red
Spades => black
