--TEST--
LimitIterator, CallbackFilterIterator, ArrayIterator chaining, generators with iterators
--FILE--
<?php
$it = new ArrayIterator(range(1, 10));
echo implode(",", iterator_to_array(new LimitIterator($it, 2, 3), false)), "\n";
echo implode(",", iterator_to_array(new CallbackFilterIterator($it, fn($v) => $v % 3 == 0), false)), "\n";
$ai = new AppendIterator; $ai->append(new ArrayIterator([1, 2])); $ai->append(new ArrayIterator([3]));
echo implode(",", iterator_to_array($ai, false)), "\n";
echo implode(",", iterator_to_array(new IteratorIterator(new ArrayIterator(['x' => 'y'])))), "\n";
--EXPECT--
3,4,5
3,6,9
1,2,3
y
