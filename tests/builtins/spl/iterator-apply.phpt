--TEST--
iterator_apply steps the iterator and stops when the callback does not return true
--FILE--
<?php
$it = new ArrayIterator([1, 2, 3, 4]);
$seen = [];
$n = iterator_apply($it, function ($it) use (&$seen) { $seen[] = $it->current(); return $it->current() < 3; }, [$it]);
var_dump($n, $seen);
function gen() { yield 'a'; yield 'b'; }
var_dump(iterator_apply(gen(), fn() => true));
try { iterator_apply([1], fn() => true); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(3)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
int(2)
iterator_apply(): Argument #1 ($iterator) must be of type Traversable, array given
