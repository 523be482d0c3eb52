--TEST--
SplStack (LIFO) and SplQueue (FIFO)
--FILE--
<?php
$s = new SplStack; $s->push(1); $s->push(2); $s[] = 3;
var_dump($s->pop(), $s->top(), count($s));
foreach ($s as $v) echo $v, " "; echo "\n";
$q = new SplQueue; $q->enqueue('a'); $q->enqueue('b'); $q->push('c');
var_dump($q->dequeue(), count($q), $q->isEmpty());
foreach ($q as $v) echo $v, " "; echo "\n";
try { (new SplStack)->pop(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
int(3)
int(2)
int(2)
2 1 
string(1) "a"
int(2)
bool(false)
b c 
RuntimeException: Can't pop from an empty datastructure
