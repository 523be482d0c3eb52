--TEST--
SplHeap subclasses, SplMaxHeap, SplPriorityQueue extract flags and SplFixedArray
--FILE--
<?php
class ByLen extends SplHeap { protected function compare($a, $b): int { return strlen($a) <=> strlen($b); } }
$h = new ByLen; foreach (['aa', 'a', 'aaaa', 'aaa'] as $s) $h->insert($s);
foreach ($h as $k => $v) echo "$k:$v "; echo "| ", count($h), "\n";
$max = new SplMaxHeap; foreach ([3, 9, 1, 7] as $x) $max->insert($x);
echo $max->top(), " ", $max->extract(), " ", $max->extract(), " ", count($max), "\n";
try { (new SplMinHeap)->top(); } catch (RuntimeException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { (new SplMinHeap)->extract(); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$pq = new SplPriorityQueue;
$pq->insert('a', 3); $pq->insert('b', 7); $pq->insert('c', 5);
$pq->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
print_r($pq->extract());
$pq->setExtractFlags(SplPriorityQueue::EXTR_PRIORITY);
var_dump($pq->top(), count($pq), $pq->isEmpty());
$f = SplFixedArray::fromArray([1, 2, 3]);
echo array_sum($f->toArray()), " ", $f->getSize(), " ", json_encode($f), "\n";
foreach ($f as $i => $v) echo "$i=$v,"; echo "\n";
--EXPECT--
3:aaaa 2:aaa 1:aa 0:a | 0
9 9 7 2
RuntimeException: Can't peek at an empty heap
Can't extract from an empty heap
Array
(
    [data] => b
    [priority] => 7
)
int(5)
int(2)
bool(false)
6 3 [1,2,3]
0=1,1=2,2=3,
