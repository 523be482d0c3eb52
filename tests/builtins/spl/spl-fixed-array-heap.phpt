--TEST--
SplFixedArray, SplMinHeap, SplPriorityQueue
--FILE--
<?php
$f = new SplFixedArray(3); $f[0] = 'a'; var_dump($f->getSize(), $f[1], $f->toArray());
try { $f[5] = 1; } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$h = new SplMinHeap; foreach ([5, 1, 3] as $x) $h->insert($x); echo $h->extract(), $h->top(), count($h), "\n";
$pq = new SplPriorityQueue; $pq->insert('low', 1); $pq->insert('high', 10); $pq->insert('mid', 5); while (!$pq->isEmpty()) echo $pq->extract(), " "; echo "\n";
--EXPECT--
int(3)
NULL
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  NULL
  [2]=>
  NULL
}
OutOfBoundsException: Index invalid or out of range
132
high mid low 
