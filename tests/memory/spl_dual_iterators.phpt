--TEST--
SPL dual iterators' memory
--FILE--
<?php
// Memory of SPL dual iterators: the object (spl_dual_it_object) and the engine iterator it holds over its inner iterator.
class UI implements Iterator { function current(): mixed { return 1; } function key(): mixed { return 1; } function next(): void {} function rewind(): void {} function valid(): bool { return false; } }
$ai = new ArrayIterator([1, 2, 3]); $ui = new UI; $g = (function() { yield 1; })();
$a = new IteratorIterator($ai);
foreach (['ai' => $ai, 'ui' => $ui, 'g' => $g, 'e' => new EmptyIterator] as $n => $inner) {
$m0 = memory_get_usage(); $x = new IteratorIterator($inner); $m1 = memory_get_usage(); unset($x);
$m2 = memory_get_usage(); $y = new LimitIterator($inner); $m3 = memory_get_usage(); unset($y);
echo "$n ", $m1 - $m0, " ", $m3 - $m2, "\n";
}
--EXPECT--
ai 288 288
ui 304 304
g 288 288
e 304 304
