--TEST--
ArrayObject and ArrayIterator
--FILE--
<?php
function mem() { return memory_get_usage(); }
echo "start\n";   // the first output allocates; keep it out of the measurements
$b = mem();
$ao = new ArrayObject([1, 2, 3]);
echo "ArrayObject: ", mem() - $b, "\n";
$b = mem();
$it = new ArrayIterator(range(1, 10));
echo "ArrayIterator: ", mem() - $b, "\n";
--EXPECT--
start
ArrayObject: 376
ArrayIterator: 536
