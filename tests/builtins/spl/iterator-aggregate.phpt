--TEST--
IteratorAggregate returning a generator or an ArrayIterator
--FILE--
<?php
class Bag implements IteratorAggregate { function __construct(private array $items) {} function getIterator(): Iterator { yield from $this->items; } }
class Bag2 implements IteratorAggregate { function getIterator(): Traversable { return new ArrayIterator(['k' => 'v']); } }
foreach (new Bag(['a' => 1, 'b' => 2]) as $k => $v) echo "$k=$v ";
foreach (new Bag2 as $k => $v) echo "$k=$v ";
echo "\n";
var_dump(iterator_to_array(new Bag([5, 6])));
--EXPECT--
a=1 b=2 k=v 
array(2) {
  [0]=>
  int(5)
  [1]=>
  int(6)
}
