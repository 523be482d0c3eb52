--TEST--
SplDoublyLinkedList iteration modes
--FILE--
<?php
$l = new SplDoublyLinkedList; $l->push(1); $l->push(2); $l->unshift(0);
foreach ($l as $k => $v) echo "$k:$v "; echo "\n";
$l->setIteratorMode(SplDoublyLinkedList::IT_MODE_LIFO);
foreach ($l as $v) echo "$v "; echo "\n";
var_dump($l->offsetGet(1), $l->count(), $l->shift(), $l->bottom());
--EXPECT--
0:0 1:1 2:2 
2 1 0 
int(1)
int(3)
int(0)
int(1)
